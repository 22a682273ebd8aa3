package drydock.photo;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param uploadFolder where photo files live (the Flask app's UPLOAD_FOLDER)
 * @param maxWidth widest display image (PHOTO_MAX_WIDTH); smaller photos are never enlarged
 * @param maxCount photos per work item (PHOTO_MAX_COUNT)
 * @param maxPixels largest decoded image, checked from the header before decoding
 */
@ConfigurationProperties("drydock.photos")
public record PhotoProperties(Path uploadFolder, int maxWidth, int maxCount, Long maxPixels) {

	/** Enough for a 200 MP phone photo, refusing 65500x65500 headers and PNG bombs. */
	static final long DEFAULT_MAX_PIXELS = 210_000_000L;

	static final int THUMBNAIL_SIZE = 300;

	public PhotoProperties {
		if (maxPixels == null) {
			maxPixels = DEFAULT_MAX_PIXELS;
		}
	}

}

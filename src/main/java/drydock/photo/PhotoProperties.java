package drydock.photo;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * @param uploadFolder where photo files live (the Flask app's UPLOAD_FOLDER)
 * @param maxWidth widest display image (PHOTO_MAX_WIDTH); smaller photos are never enlarged
 * @param maxCount photos per work item (PHOTO_MAX_COUNT)
 * @param maxPixels largest decoded image, checked from the header before decoding
 * @param processor which processor makes the images (PHOTO_PROCESSOR): libvips when it is
 * installed, else ImageIO; or one of them by force
 * @param workers platform threads that process photos (PHOTO_WORKERS)
 * @param libvipsLibrary the shared library to load libvips from
 */
@ConfigurationProperties("drydock.photos")
public record PhotoProperties(Path uploadFolder, int maxWidth, int maxCount, Long maxPixels, Choice processor,
		Integer workers, String libvipsLibrary) {

	/** Enough for a 200 MP phone photo, refusing 65500x65500 headers and PNG bombs. */
	static final long DEFAULT_MAX_PIXELS = 210_000_000L;

	/** Two at a time keep a small server's cores busy without queueing requests behind one photo. */
	static final int DEFAULT_WORKERS = 2;

	static final int THUMBNAIL_SIZE = 300;

	@ConstructorBinding
	public PhotoProperties {
		if (maxPixels == null) {
			maxPixels = DEFAULT_MAX_PIXELS;
		}
		if (processor == null) {
			processor = Choice.AUTO;
		}
		if (workers == null) {
			workers = DEFAULT_WORKERS;
		}
		if (workers < 1) {
			throw new IllegalArgumentException("drydock.photos.workers must be at least 1");
		}
		if (libvipsLibrary == null || libvipsLibrary.isBlank()) {
			libvipsLibrary = VipsLibrary.DEFAULT_NAME;
		}
	}

	/** The folder and sizes; how photos are processed left at its defaults (libvips if installed, two workers). */
	public PhotoProperties(Path uploadFolder, int maxWidth, int maxCount, Long maxPixels) {
		this(uploadFolder, maxWidth, maxCount, maxPixels, null, null, null);
	}

	public enum Choice {

		/** libvips when it loads, else ImageIO. */
		AUTO,
		/** libvips or no start: for servers that must read HEIC. */
		LIBVIPS,
		/** The pure-Java processor even where libvips is installed. */
		IMAGEIO

	}

}

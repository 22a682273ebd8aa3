package drydock.workitem;

import java.io.Serializable;

/**
 * A photo as a small tile links it: the thumbnail where one was made (Flask-era photos
 * have none, so their display image stands in) and the display image to open.
 * Width and height are null when unknown.
 */
public record PhotoTile(int id, int workItemId, String caption, String displayFile, String thumbnailFile,
		Integer thumbnailWidth, Integer thumbnailHeight) implements Serializable {

	static PhotoTile of(Photo photo) {
		return new PhotoTile(photo.getId(), photo.getWorkItemId(), photo.getCaption(), photo.getFilename(),
				photo.getThumbnailFilename() != null ? photo.getThumbnailFilename() : photo.getFilename(),
				photo.getThumbnailWidth(), photo.getThumbnailHeight());
	}

}

package drydock.workitem;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import drydock.photo.PhotoReaders;

/** Admins open every photo; a crew member opens the photos of the items they may open. */
@Component
@Transactional(readOnly = true)
class WorkItemPhotoReaders implements PhotoReaders {

	private final PhotoRepository photos;

	private final WorkItemRepository items;

	WorkItemPhotoReaders(PhotoRepository photos, WorkItemRepository items) {
		this.photos = photos;
		this.items = items;
	}

	@Override
	public boolean mayRead(String filename, String username, boolean admin) {
		if (admin) {
			return true;
		}
		return photos.findFirstByFilenameOrThumbnailFilename(filename, filename)
			.flatMap(photo -> items.findById(photo.getWorkItemId()))
			.map(item -> CrewAccess.canView(item, username))
			.orElse(false);
	}

}

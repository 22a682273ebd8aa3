package drydock.workitem;

import java.util.List;

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
		// Names are content-derived: the same picture sent with two items is one file, readable
		// by whoever may open either item.
		List<Integer> itemIds = photos.findByFilenameOrThumbnailFilename(filename, filename)
			.stream()
			.map(Photo::getWorkItemId)
			.distinct()
			.toList();
		return !itemIds.isEmpty()
				&& items.findAllById(itemIds).stream().anyMatch(item -> CrewAccess.canView(item, username));
	}

}

package drydock.workitem;

import java.util.List;
import java.util.Map;

/**
 * An edit of an item as posted: its fields, new captions of existing photos, photos to add,
 * the version the form was opened at, and the form's token.
 */
public record ItemChanges(WorkItemForm form, Map<Integer, String> captions, List<PhotoAttachment> newPhotos,
		long version, String formToken) {

	public ItemChanges {
		captions = Map.copyOf(captions);
		newPhotos = List.copyOf(newPhotos);
	}

}

package drydock.web;

import java.util.HashMap;
import java.util.Map;

import drydock.workitem.FormTokens;
import drydock.workitem.PhotoTile;
import drydock.workitem.WorkItem;
import drydock.workitem.WorkItemDetails;
import drydock.workitem.WorkItemForm;

/**
 * What an item's edit form shows: the fields, the captions of its photos, the version the
 * form was opened at (for "someone else saved meanwhile") and the form's one-time token.
 */
public record EditForm(WorkItemForm form, Map<Integer, String> captions, long version, String formToken) {

	public EditForm {
		captions = Map.copyOf(captions);
		formToken = FormTokens.isUsable(formToken) ? formToken : FormTokens.issue();
	}

	/** A fresh form showing the item as stored. */
	public static EditForm of(WorkItemDetails details) {
		WorkItem item = details.item();
		Map<Integer, String> captions = new HashMap<>();
		details.photos().forEach(photo -> captions.put(photo.id(), photo.caption()));
		return new EditForm(new WorkItemForm(item.getItemNumber(), item.getLocation(), item.getDescription(),
				item.getDetail(), item.getReferences()), captions, item.getVersion(), FormTokens.issue());
	}

	/** The same input, to be saved over the version now stored. */
	public EditForm atVersion(long current) {
		return new EditForm(form, captions, current, formToken);
	}

	public String captionFor(PhotoTile photo) {
		return captions.getOrDefault(photo.id(), photo.caption());
	}

}

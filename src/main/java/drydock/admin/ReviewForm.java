package drydock.admin;

import drydock.workitem.WorkItem;

/**
 * What the review forms of an item's page show: the item as stored, except in the form an
 * admin just posted and had refused, which shows what they typed.
 */
public record ReviewForm(String assignStatus, String assignedTo, String revisionNotes, String statusOnly,
		String adminNotes) {

	static ReviewForm of(WorkItem item) {
		return new ReviewForm(item.getStatus(), item.getAssignedTo(), orEmpty(item.getRevisionNotes()), item.getStatus(),
				orEmpty(item.getAdminNotes()));
	}

	ReviewForm assigning(String status, String assignee, String notes) {
		return new ReviewForm(status, assignee, orEmpty(notes), statusOnly, adminNotes);
	}

	ReviewForm settingStatus(String status) {
		return new ReviewForm(assignStatus, assignedTo, revisionNotes, status, adminNotes);
	}

	ReviewForm writingNotes(String notes) {
		return new ReviewForm(assignStatus, assignedTo, revisionNotes, statusOnly, orEmpty(notes));
	}

	private static String orEmpty(String text) {
		return text == null ? "" : text;
	}

}

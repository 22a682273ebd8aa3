package drydock.workitem;

/**
 * What a crew member may do with an item: open it when they submitted it or it is assigned
 * to them; change it while it is assigned to them for revision, or while their own item is
 * still "Submitted". Nobody from the crew changes a "Completed Review" item.
 */
public final class CrewAccess {

	private CrewAccess() {
	}

	public static boolean canView(WorkItem item, String crewName) {
		return crewName.equals(item.getSubmitterName()) || crewName.equals(item.getAssignedTo());
	}

	public static boolean canEdit(WorkItem item, String crewName) {
		return whyNotEditable(item, crewName) == null;
	}

	/** Null when the crew member may edit, else the reason, written for them. */
	public static String whyNotEditable(WorkItem item, String crewName) {
		if (WorkflowStatuses.COMPLETED_REVIEW.equals(item.getStatus())) {
			return "Item " + item.getItemNumber() + " has completed review and can no longer be changed.";
		}
		boolean assignedForRevision = crewName.equals(item.getAssignedTo())
				&& WorkflowStatuses.WITH_CREW.contains(item.getStatus());
		boolean ownAndSubmitted = crewName.equals(item.getSubmitterName())
				&& WorkflowStatuses.SUBMITTED.equals(item.getStatus());
		if (assignedForRevision || ownAndSubmitted) {
			return null;
		}
		return "Item " + item.getItemNumber() + " is not yours to change: you can edit items assigned to you "
				+ "for revision, and your own items while they are still Submitted.";
	}

}

package drydock.workitem;

/**
 * Published inside the transaction that changes an item's status; listeners that act on
 * the outside world (SMS, backup documents) listen after commit.
 */
public record WorkItemStatusChanged(int itemId, String itemNumber, String oldStatus, String newStatus,
		String changedBy, String notes) {

	public boolean completed() {
		return WorkflowStatuses.COMPLETED_REVIEW.equals(newStatus) && !newStatus.equals(oldStatus);
	}

}

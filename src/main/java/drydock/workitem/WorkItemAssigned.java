package drydock.workitem;

/** An admin assigned an item to a crew member; published inside the transaction. */
public record WorkItemAssigned(int itemId, String itemNumber, String status, String crewMember, String notes) {
}

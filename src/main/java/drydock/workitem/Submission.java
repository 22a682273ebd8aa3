package drydock.workitem;

/** What a crew submission did: created a new item, or updated the one with that number. */
public record Submission(int itemId, String itemNumber, boolean created, int photosAdded) {
}

package drydock.workitem;

import java.util.List;

/** A work item with its photos, status history and comments, for its page. */
public record WorkItemDetails(WorkItem item, List<PhotoTile> photos, List<StatusChange> history,
		List<Comment> comments) {
}

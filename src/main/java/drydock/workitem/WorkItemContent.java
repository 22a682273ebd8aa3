package drydock.workitem;

import java.time.LocalDateTime;
import java.util.List;

/** What a work item's Word document shows: its text fields and its photos in order. */
public record WorkItemContent(int id, String itemNumber, String location, String description, String detail,
		String references, String submitterName, LocalDateTime submittedAt, List<PhotoTile> photos) {

	public WorkItemContent {
		photos = List.copyOf(photos);
	}

	static WorkItemContent of(WorkItem item, List<PhotoTile> photos) {
		return new WorkItemContent(item.getId(), item.getItemNumber(), item.getLocation(), item.getDescription(),
				item.getDetail(), item.getReferences(), item.getSubmitterName(), item.getSubmittedAt(), photos);
	}

}

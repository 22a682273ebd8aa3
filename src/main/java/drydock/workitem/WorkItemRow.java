package drydock.workitem;

import java.time.LocalDateTime;

/** One work item as a spreadsheet row: every text field, who has it, when, and how many photos. */
public record WorkItemRow(String itemNumber, String location, String description, String detail, String references,
		String submitterName, String status, String assignedTo, LocalDateTime submittedAt, LocalDateTime lastModifiedAt,
		int photoCount) {
}

package drydock.workitem;

import java.time.LocalDateTime;
import java.util.List;

/** What a work item's Word document shows: its text fields and its photos in upload order. */
public record WorkItemContent(int id, String itemNumber, String location, String description, String detail,
		String references, String submitterName, LocalDateTime submittedAt, List<CaptionedPhoto> photos) {

	public WorkItemContent {
		photos = List.copyOf(photos);
	}

	WorkItemContent withPhotos(List<CaptionedPhoto> captioned) {
		return new WorkItemContent(id, itemNumber, location, description, detail, references, submitterName,
				submittedAt, captioned);
	}

}

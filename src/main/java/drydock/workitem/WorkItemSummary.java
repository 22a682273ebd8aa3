package drydock.workitem;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/** One row of a list of work items, read as a projection (no entity graph). */
public record WorkItemSummary(int id, String itemNumber, String location, String description, String submitterName,
		String status, String assignedTo, LocalDateTime submittedAt, int photoCount, List<PhotoTile> photos) implements Serializable {

	/** This row with all its photos, which it counts. */
	WorkItemSummary withPhotos(List<PhotoTile> tiles) {
		return new WorkItemSummary(id, itemNumber, location, description, submitterName, status, assignedTo, submittedAt,
				tiles.size(), List.copyOf(tiles));
	}

}

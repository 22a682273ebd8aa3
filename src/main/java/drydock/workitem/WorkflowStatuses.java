package drydock.workitem;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

/** The statuses an item moves through; the four below carry meaning, the rest are labels. */
@Component
public class WorkflowStatuses {

	public static final String SUBMITTED = "Submitted";

	public static final String NEEDS_REVISION = "Needs Revision";

	public static final String AWAITING_PHOTOS = "Awaiting Photos";

	public static final String COMPLETED_REVIEW = "Completed Review";

	/** Statuses in which the assigned crew member is asked to change the item. */
	public static final Set<String> WITH_CREW = Set.of(NEEDS_REVISION, AWAITING_PHOTOS);

	private final List<String> statuses;

	WorkflowStatuses(WorkflowProperties properties) {
		Set<String> all = new LinkedHashSet<>();
		all.add(SUBMITTED);
		all.addAll(properties.statuses());
		all.add(COMPLETED_REVIEW);
		this.statuses = List.copyOf(all);
	}

	public List<String> all() {
		return statuses;
	}

	/** A CSS-safe token for a status badge: the same colour for the same meaning. */
	public static String badgeClass(String status) {
		if (status == null || SUBMITTED.equals(status)) {
			return "badge-submitted";
		}
		if (COMPLETED_REVIEW.equals(status)) {
			return "badge-completed";
		}
		if (WITH_CREW.contains(status)) {
			return "badge-revision";
		}
		return "badge-review";
	}

	/** Statuses in the order to show counts: the configured ones, then any found only in the data. */
	public List<String> withOthers(Iterable<String> found) {
		List<String> ordered = new ArrayList<>(statuses);
		for (String status : found) {
			if (!ordered.contains(status)) {
				ordered.add(status);
			}
		}
		return ordered;
	}

}

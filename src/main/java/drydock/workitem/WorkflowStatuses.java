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

	static final String IN_REVIEW_BY = "In Review by ";

	private final List<String> configured;

	private final Roster roster;

	WorkflowStatuses(WorkflowProperties properties, Roster roster) {
		Set<String> all = new LinkedHashSet<>();
		all.add(SUBMITTED);
		all.addAll(properties.statuses());
		all.add(COMPLETED_REVIEW);
		this.configured = List.copyOf(all);
		this.roster = roster;
	}

	/** The configured statuses with "In Review by X" for every admin, offered after "Submitted". */
	public List<String> all() {
		Set<String> all = new LinkedHashSet<>();
		all.add(SUBMITTED);
		roster.adminNames().forEach(admin -> all.add(IN_REVIEW_BY + admin));
		all.addAll(configured);
		return List.copyOf(all);
	}

	public boolean isOffered(String status) {
		return status != null && all().contains(status);
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
		List<String> ordered = new ArrayList<>(all());
		for (String status : found) {
			if (!ordered.contains(status)) {
				ordered.add(status);
			}
		}
		return ordered;
	}

}

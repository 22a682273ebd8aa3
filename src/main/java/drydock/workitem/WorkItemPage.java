package drydock.workitem;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A page of the dashboard. {@code statusCounts} counts every status among the items that
 * match the search, so the filter shows what each choice would give.
 */
public record WorkItemPage(List<WorkItemSummary> items, long total, int page, int perPage,
		Map<String, Long> statusCounts) implements Serializable {

	public long allStatusesCount() {
		return statusCounts.values().stream().mapToLong(Long::longValue).sum();
	}

	public int pageCount() {
		return (int) Math.max(1, (total + perPage - 1) / perPage);
	}

	public long firstShown() {
		return items.isEmpty() ? 0 : (long) (page - 1) * perPage + 1;
	}

	public long lastShown() {
		return items.isEmpty() ? 0 : firstShown() + items.size() - 1;
	}

}

package drydock.workitem;

/**
 * What the dashboard asks for. {@code status} null means every status; {@code search} null
 * or blank means no search. Page numbers start at 1.
 */
public record WorkItemFilter(String status, String search, WorkItemSort sort, int page, int perPage) {

	public WorkItemFilter {
		// The page statement writes both into its SQL as numbers (WorkItemQueries): never below 1.
		if (page < 1 || perPage < 1) {
			throw new IllegalArgumentException("page " + page + " and per page " + perPage + " must be at least 1");
		}
	}

	public boolean hasSearch() {
		return search != null && !search.isBlank();
	}

}

package drydock.workitem;

/**
 * What the dashboard asks for. {@code status} null means every status; {@code search} null
 * or blank means no search. Page numbers start at 1.
 */
public record WorkItemFilter(String status, String search, WorkItemSort sort, int page, int perPage) {

	public boolean hasSearch() {
		return search != null && !search.isBlank();
	}

}

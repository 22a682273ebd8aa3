package drydock.admin;

import java.util.ArrayList;
import java.util.List;

import drydock.workitem.WorkItemPage;
import drydock.workitem.WorkItemSort;

/** The dashboard page: the request, its results (with their rows rendered), and the links built from both. */
public record DashboardView(DashboardRequest request, WorkItemPage results, DashboardRows rows, List<String> statuses) {

	public List<Link> statusLinks() {
		List<Link> links = new ArrayList<>();
		links.add(new Link("All", request.withStatus(null).url(), request.status() == null, results.allStatusesCount()));
		for (String status : statuses) {
			links.add(new Link(status, request.withStatus(status).url(), status.equals(request.status()),
					results.statusCounts().getOrDefault(status, 0L)));
		}
		return links;
	}

	public List<Link> pageLinks() {
		List<Link> links = new ArrayList<>();
		for (int number : request.onPage(results.page()).pageLinks(results.pageCount())) {
			links.add(number == 0 ? new Link("…", null, false, 0)
					: new Link(Integer.toString(number), request.onPage(number).url(), number == results.page(), 0));
		}
		return links;
	}

	public String previousUrl() {
		return results.page() > 1 ? request.onPage(results.page() - 1).url() : null;
	}

	public String nextUrl() {
		return results.page() < results.pageCount() ? request.onPage(results.page() + 1).url() : null;
	}

	public List<WorkItemSort> sorts() {
		return List.of(WorkItemSort.values());
	}

	/** A link on the page; {@code url} null for a gap, {@code count} where the link counts items. */
	public record Link(String label, String url, boolean active, long count) {
	}

}

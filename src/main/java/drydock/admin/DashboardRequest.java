package drydock.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

import drydock.workitem.WorkItemFilter;
import drydock.workitem.WorkItemSort;

/**
 * The dashboard's query parameters, made safe: unknown sorts fall back to the default and
 * page numbers and sizes are clamped, never errors.
 */
public record DashboardRequest(String status, String search, WorkItemSort sort, int page, int perPage) {

	static final String ALL = "all";

	public static DashboardRequest of(String status, String search, String sort, String page, String perPage,
			DashboardProperties properties) {
		String chosenStatus = status == null || status.isBlank() || ALL.equals(status) ? null : status;
		String chosenSearch = search == null || search.isBlank() ? null : search.strip();
		int size = Math.clamp(parse(perPage, properties.itemsPerPage()), 1, properties.maxItemsPerPage());
		int number = Math.max(1, parse(page, 1));
		return new DashboardRequest(chosenStatus, chosenSearch, WorkItemSort.fromParam(sort), number, size);
	}

	public WorkItemFilter filter() {
		return new WorkItemFilter(status, search, sort, page, perPage);
	}

	/** The same request on another page (or the last page, when this one is past the end). */
	DashboardRequest onPage(int number) {
		return new DashboardRequest(status, search, sort, number, perPage);
	}

	DashboardRequest withStatus(String newStatus) {
		return new DashboardRequest(newStatus, search, sort, 1, perPage);
	}

	/** The dashboard URL for this request, keeping only what differs from the defaults. */
	String url() {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/admin/dashboard");
		Map<String, Object> values = new LinkedHashMap<>();
		if (status != null) {
			values.put("status", status);
		}
		if (search != null) {
			values.put("search", search);
		}
		if (sort != WorkItemSort.DATE_DESC) {
			values.put("sort", sort.param());
		}
		if (page > 1) {
			values.put("page", page);
		}
		values.put("per_page", perPage);
		values.keySet().forEach(name -> uri.queryParam(name, "{" + name + "}"));
		// As URI variables, which encode() encodes strictly: a "+" in a search stays a plus rather than
		// coming back as a space, as it would written into the query as it is.
		return uri.encode().buildAndExpand(values).toUriString();
	}

	/** Page numbers to link: the first, the last and two either side of this one; 0 marks a gap. */
	List<Integer> pageLinks(int pageCount) {
		List<Integer> links = new ArrayList<>();
		for (int number = 1; number <= pageCount; number++) {
			boolean near = Math.abs(number - page) <= 2;
			if (number == 1 || number == pageCount || near) {
				links.add(number);
			}
			else if (links.getLast() != 0) {
				links.add(0);
			}
		}
		return links;
	}

	private static int parse(String value, int fallback) {
		if (value == null || value.isBlank()) {
			return fallback;
		}
		try {
			return Integer.parseInt(value.strip());
		}
		catch (NumberFormatException ex) {
			return fallback;
		}
	}

}

package drydock.api;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import drydock.admin.DashboardProperties;
import drydock.admin.DashboardRequest;
import drydock.workitem.DashboardCache;
import drydock.workitem.PhotoTile;
import drydock.workitem.WorkItem;
import drydock.workitem.WorkItemDetails;
import drydock.workitem.WorkItemNotFoundException;
import drydock.workitem.WorkItemPage;
import drydock.workitem.WorkItemQueries;
import drydock.workitem.WorkItemSummary;

/**
 * A read-only JSON view of work items for integrations, admins only, with the dashboard's
 * parameters. Responses carry an ETag so pollers can revalidate cheaply.
 */
@RestController
@RequestMapping("/api/v1/work-items")
class WorkItemApiController {

	private final WorkItemQueries queries;

	private final DashboardCache pages;

	private final DashboardProperties dashboard;

	WorkItemApiController(WorkItemQueries queries, DashboardCache pages, DashboardProperties dashboard) {
		this.queries = queries;
		this.pages = pages;
		this.dashboard = dashboard;
	}

	@GetMapping
	ItemList list(@RequestParam(required = false) String status, @RequestParam(required = false) String search,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String page,
			@RequestParam(name = "per_page", required = false) String perPage) {
		DashboardRequest request = DashboardRequest.of(status, search, sort, page, perPage, dashboard);
		WorkItemPage results = pages.page(request.filter());
		return new ItemList(results.items().stream().map(ItemSummary::of).toList(), results.total(), results.page(),
				results.perPage(), results.pageCount(), results.statusCounts());
	}

	@GetMapping("/{id}")
	Item item(@PathVariable int id) {
		return queries.details(id).map(Item::of).orElseThrow(() -> new WorkItemNotFoundException(id));
	}

	@ExceptionHandler(WorkItemNotFoundException.class)
	ProblemDetail missing(WorkItemNotFoundException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	record ItemList(List<ItemSummary> items, long total, int page, int perPage, int pageCount,
			Map<String, Long> statusCounts) {
	}

	record ItemSummary(int id, String itemNumber, String location, String description, String submitter, String status,
			String assignedTo, LocalDateTime submittedAt, int photoCount) {

		static ItemSummary of(WorkItemSummary summary) {
			return new ItemSummary(summary.id(), summary.itemNumber(), summary.location(), summary.description(),
					summary.submitterName(), summary.status(), summary.assignedTo(), summary.submittedAt(),
					summary.photoCount());
		}

	}

	record Item(int id, String itemNumber, String location, String description, String detail, String references,
			String submitter, LocalDateTime submittedAt, String status, String assignedTo, String revisionNotes,
			String lastModifiedBy, LocalDateTime lastModifiedAt, String adminNotes, long version, List<PhotoRef> photos,
			List<HistoryEntry> history, List<CommentEntry> comments) {

		static Item of(WorkItemDetails details) {
			WorkItem item = details.item();
			return new Item(item.getId(), item.getItemNumber(), item.getLocation(), item.getDescription(), item.getDetail(),
					item.getReferences(), item.getSubmitterName(), item.getSubmittedAt(), item.getStatus(),
					item.getAssignedTo(), item.getRevisionNotes(), item.getLastModifiedBy(), item.getLastModifiedAt(),
					item.getAdminNotes(), item.getVersion(), details.photos().stream().map(PhotoRef::of).toList(),
					details.history()
						.stream()
						.map(change -> new HistoryEntry(change.getOldStatus(), change.getNewStatus(), change.getChangedBy(),
								change.getChangedAt(), change.getNotes()))
						.toList(),
					details.comments()
						.stream()
						.map(comment -> new CommentEntry(comment.getAuthorName(), comment.isAdmin(), comment.getCreatedAt(),
								comment.getCommentText()))
						.toList());
		}

	}

	record PhotoRef(int id, String caption, String url, String thumbnailUrl) {

		static PhotoRef of(PhotoTile photo) {
			return new PhotoRef(photo.id(), photo.caption(), "/uploads/" + photo.displayFile(),
					"/uploads/" + photo.thumbnailFile());
		}

	}

	record HistoryEntry(String oldStatus, String newStatus, String changedBy, LocalDateTime changedAt, String notes) {
	}

	record CommentEntry(String author, boolean admin, LocalDateTime createdAt, String text) {
	}

}

package drydock.admin;

import java.nio.file.Path;

import gg.jte.TemplateEngine;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import drydock.photo.PhotoStore;
import drydock.workitem.DashboardCache;
import drydock.workitem.PhotoTile;
import drydock.workitem.WorkItemPage;
import drydock.workitem.WorkItemQueries;
import drydock.workitem.WorkflowStatuses;

@Controller
@RequestMapping("/admin")
class AdminController {

	private final WorkItemQueries queries;

	private final DashboardCache pages;

	private final WorkflowStatuses statuses;

	private final DashboardProperties dashboard;

	private final PhotoStore photoStore;

	private final TemplateEngine templates;

	AdminController(WorkItemQueries queries, DashboardCache pages, WorkflowStatuses statuses,
			DashboardProperties dashboard, PhotoStore photoStore, TemplateEngine templates) {
		this.queries = queries;
		this.pages = pages;
		this.statuses = statuses;
		this.dashboard = dashboard;
		this.photoStore = photoStore;
		this.templates = templates;
	}

	@GetMapping("/dashboard")
	String dashboard(@RequestParam(required = false) String status, @RequestParam(required = false) String search,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String page,
			@RequestParam(name = "per_page", required = false) String perPage, Model model) {
		DashboardRequest request = DashboardRequest.of(status, search, sort, page, perPage, dashboard);
		DashboardCache.Derived<DashboardRows> cached = pages.page(request.filter(), DashboardRows.class,
				results -> DashboardRows.render(templates, results.items()));
		WorkItemPage results = cached.page();
		model.addAttribute("view", new DashboardView(request, results, cached.value(),
				statuses.withOthers(results.statusCounts().keySet())));
		return "admin/dashboard";
	}

	/** The Flask app's "download photo": the display image as an attachment named after the item. */
	@GetMapping("/download-photo/{itemId}/{photoId}")
	ResponseEntity<Resource> downloadPhoto(@PathVariable int itemId, @PathVariable int photoId) {
		PhotoTile photo = queries.photo(itemId, photoId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such photo"));
		Path file = photoStore.find(photo.displayFile())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "The photo file is missing"));
		MediaType type = PhotoStore.mediaType(photo.displayFile());
		String name = "item-%d-photo-%d.%s".formatted(itemId, photoId, type.getSubtype());
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.contentType(type)
			.body(new FileSystemResource(file));
	}

}

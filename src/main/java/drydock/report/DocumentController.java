package drydock.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import drydock.admin.DashboardProperties;
import drydock.audit.AuditLog;
import drydock.admin.DashboardRequest;
import drydock.security.SignedInUser;
import drydock.workitem.WorkItemExports;
import drydock.workitem.WorkItemFilter;

/** Downloads for admins: one item's document, a ZIP of many, the work list as a spreadsheet. */
@Controller
@RequestMapping("/admin")
class DocumentController {

	static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	static final MediaType ZIP = MediaType.parseMediaType("application/zip");

	private final WorkItemDocuments documents;

	private final DocumentBatches batches;

	private final WorkListSpreadsheet spreadsheet;

	private final WorkItemExports exports;

	private final DashboardProperties dashboard;

	private final Clock clock;

	private final AuditLog audit;

	DocumentController(WorkItemDocuments documents, DocumentBatches batches, WorkListSpreadsheet spreadsheet,
			WorkItemExports exports, DashboardProperties dashboard, Clock clock, AuditLog audit) {
		this.documents = documents;
		this.batches = batches;
		this.spreadsheet = spreadsheet;
		this.exports = exports;
		this.dashboard = dashboard;
		this.clock = clock;
		this.audit = audit;
	}

	@GetMapping("/download/{id}")
	ResponseEntity<byte[]> download(@AuthenticationPrincipal SignedInUser user, @PathVariable int id) {
		RenderedDocument document = documents.render(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such work item"));
		audit.record(user.name(), AuditLog.EXPORTED, "Document " + document.fileName());
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, DownloadName.contentDisposition(document.fileName()))
			.contentType(DOCX)
			.body(document.content().toByteArray());
	}

	/**
	 * The chosen items ({@code item_ids[]}, or {@code item_ids}), or with {@code all_matching}
	 * every item the dashboard's filter matches, as a ZIP streamed while it is built.
	 */
	@PostMapping("/download-batch")
	ResponseEntity<StreamingResponseBody> downloadBatch(@AuthenticationPrincipal SignedInUser user,
			@RequestParam(name = "item_ids[]", required = false) List<String> bracketIds,
			@RequestParam(name = "item_ids", required = false) List<String> plainIds,
			@RequestParam(name = "all_matching", defaultValue = "false") boolean allMatching,
			@RequestParam(required = false) String status, @RequestParam(required = false) String search,
			@RequestParam(required = false) String sort) {
		BatchSelection selection;
		if (allMatching) {
			selection = BatchSelection.of(exports.matchingIds(filter(status, search, sort)));
		}
		else {
			List<String> values = new ArrayList<>();
			if (bracketIds != null) {
				values.addAll(bracketIds);
			}
			if (plainIds != null) {
				values.addAll(plainIds);
			}
			selection = BatchSelection.parse(values);
		}
		if (selection.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_CONTENT, allMatching
					? "No work items match the filter." : "No work items were chosen: tick some on the dashboard first.");
		}
		audit.record(user.name(), AuditLog.EXPORTED, "ZIP of " + selection.ids().size() + " item documents");
		return attachment("work_items_" + LocalDate.now(clock) + ".zip", ZIP,
				out -> batches.writeZip(selection, out));
	}

	/** The dashboard's filter, search and sort, every page, as .xlsx; GET because it changes nothing. */
	@GetMapping("/download-spreadsheet")
	ResponseEntity<StreamingResponseBody> downloadSpreadsheet(@AuthenticationPrincipal SignedInUser user,
			@RequestParam(required = false) String status, @RequestParam(required = false) String search,
			@RequestParam(required = false) String sort) {
		WorkItemFilter filter = filter(status, search, sort);
		audit.record(user.name(), AuditLog.EXPORTED, "Spreadsheet of the work list"
				+ (status == null || status.isBlank() ? "" : ", status " + status)
				+ (search == null || search.isBlank() ? "" : ", search \"" + search + "\""));
		return attachment("work_items_" + LocalDate.now(clock) + ".xlsx", XLSX, out -> spreadsheet.write(filter, out));
	}

	private WorkItemFilter filter(String status, String search, String sort) {
		return DashboardRequest.of(status, search, sort, null, null, dashboard).filter();
	}

	private static ResponseEntity<StreamingResponseBody> attachment(String fileName, MediaType type,
			StreamingResponseBody body) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, DownloadName.contentDisposition(fileName))
			.contentType(type)
			.body(body);
	}

}

package drydock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.assertj.core.api.SoftAssertions;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import drydock.observe.SlowQueries;
import drydock.testing.DrydockWebTest;
import drydock.testing.HostileText;
import drydock.testing.HtmlForm;
import drydock.testing.SignedIn;
import drydock.testing.TestPhotos;
import drydock.workitem.DashboardCache;

/**
 * Every text a user supplies, filled with {@link HostileText markup, script and XML breakers},
 * is shown as the text typed on every page that shows it (escaped, never a live element or
 * attribute), and written as given into the Word documents (single and in a ZIP) and the
 * spreadsheet, less only the characters XML cannot carry.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UserTextEscapingTest extends DrydockWebTest {

	private static final List<HostileText> PAYLOADS = HostileText.ALL;

	// The fields: each value is the field's name, a space and the payload, so a page shows which field it rendered.
	private static final String NUMBER = "number";

	private static final String LOCATION = "location";

	private static final String DESCRIPTION = "description";

	private static final String DETAIL = "detail";

	private static final String REFERENCES = "references";

	private static final String CAPTION = "caption";

	private static final String REVISION_NOTES = "revision";

	private static final String ADMIN_NOTES = "admin-notes";

	private static final String ADMIN_COMMENT = "admin-comment";

	private static final String CREW_COMMENT = "crew-comment";

	private static final String SUBMITTER = "submitter";

	/** The signed-in admin's name: comment author, history and audit log entries. */
	private static final String ADMIN_NAME = "admin";

	/** A slow statement as the performance page lists it, had a value been written into its SQL. */
	private static final String SLOW_SQL = "slow-sql";

	private static final List<String> ITEM_TEXT = List.of(NUMBER, LOCATION, DESCRIPTION, DETAIL, REFERENCES, CAPTION);

	/** Anything a payload could turn into if a page let it through as markup, and inline code of any kind. */
	private static final String LIVE_MARKUP = "script:not([src]), [^on], [style], img[src=x], b, a[href^=javascript], "
			+ "w|t, w|p, w|r";

	private static final RequestPostProcessor CREW = SignedIn.crew("DP");

	@Autowired
	private DashboardCache dashboardCache;

	@Autowired
	private SlowQueries slowQueries;

	/** A page, who opens it, and which fields it must show. */
	private record Shown(String page, URI url, RequestPostProcessor who, List<String> fields) {
	}

	/** One item per payload, shared by the tests (item numbers are unique). */
	private final Map<HostileText, Integer> items = new HashMap<>();

	@ParameterizedTest(name = "{0}")
	@FieldSource("PAYLOADS")
	void everyPageShowsEveryFieldAsTheTextTyped(HostileText payload) throws Exception {
		RequestPostProcessor admin = SignedIn.admin(payload.in(ADMIN_NAME));
		int id = hostileItem(payload, admin);
		ExecutionInfo slow = new ExecutionInfo();
		slow.setElapsedTime(60_000);
		slowQueries.afterQuery(slow, List.of(new QueryInfo("SELECT '" + payload.in(SLOW_SQL) + "'")));
		List<Shown> pages = List.of(
				new Shown("crew view", URI.create("/crew/view/" + id), CREW,
						fields(ITEM_TEXT, REVISION_NOTES, ADMIN_COMMENT, CREW_COMMENT, SUBMITTER, ADMIN_NAME)),
				new Shown("crew edit", URI.create("/crew/edit/" + id), CREW, fields(ITEM_TEXT, REVISION_NOTES)),
				new Shown("admin view", URI.create("/admin/view/" + id), admin, fields(ITEM_TEXT, REVISION_NOTES, ADMIN_NOTES,
						ADMIN_COMMENT, CREW_COMMENT, SUBMITTER, ADMIN_NAME)),
				new Shown("dashboard search", withSearch("/admin/dashboard", payload.in(NUMBER)), admin,
						List.of(NUMBER, LOCATION, DESCRIPTION, SUBMITTER)),
				new Shown("dashboard search again, its rows from the cache", withSearch("/admin/dashboard", payload.in(NUMBER)),
						SignedIn.admin(ADMIN), List.of(NUMBER, LOCATION, DESCRIPTION, SUBMITTER)),
				new Shown("audit log", URI.create("/admin/audit"), admin, List.of(ADMIN_NAME)),
				new Shown("performance", URI.create("/admin/performance"), admin, List.of(SLOW_SQL)));

		SoftAssertions softly = new SoftAssertions();
		for (Shown shown : pages) {
			Document page = answer(get(shown.url()).with(shown.who()), HttpStatus.OK);
			softly.assertThat(page.select(LIVE_MARKUP)).as(shown.page() + ": live markup").isEmpty();
			String text = textAndValues(page);
			for (String field : shown.fields()) {
				softly.assertThat(text).as(shown.page() + " shows " + field).contains(payload.in(field));
			}
		}
		softly.assertThat(textAndValues(open("/crew/view/" + id, CREW))).as("crew never see admin notes")
			.doesNotContain(payload.in(ADMIN_NOTES));
		softly.assertAll();
	}

	@ParameterizedTest(name = "{0}")
	@FieldSource("PAYLOADS")
	void searchesSuccessPagesRefusedFormsAndErrorPagesShowInputAsText(HostileText payload) throws Exception {
		Document search = answer(get(withSearch("/admin/dashboard", payload.text())).with(SignedIn.admin(ADMIN)),
				HttpStatus.OK);
		Document success = answer(get(URI.create("/crew/success?item_number=" + formEncoded(payload.text()))).with(CREW),
				HttpStatus.OK);
		// A blank location refuses the form: everything else typed comes back as it was.
		Document refused = answer(HtmlForm.of(open("/crew/submit", CREW), "/crew/submit")
			.set("item_number", payload.in(NUMBER))
			.set("location", "")
			.set("description", payload.in(DESCRIPTION))
			.set("detail", payload.in(DETAIL))
			.set("references", payload.in(REFERENCES))
			.set("photo_captions", payload.in(CAPTION))
			.post(CREW), HttpStatus.UNPROCESSABLE_CONTENT);
		MvcResult error = mvc.perform(get("/admin/view/{id}", payload.text()).with(SignedIn.admin(ADMIN))).andReturn();

		for (Document page : List.of(search, success, refused, html(error))) {
			assertThat(page.select(LIVE_MARKUP)).as(page.title()).isEmpty();
		}
		assertThat(search.selectFirst("#search").val()).isEqualTo(payload.text());
		assertThat(success.select("[role=status]").text()).contains(payload.text());
		HtmlForm kept = HtmlForm.of(refused, "/crew/submit");
		for (String field : List.of(NUMBER, DESCRIPTION, DETAIL, REFERENCES)) {
			String name = field.equals(NUMBER) ? "item_number" : field;
			assertThat(kept.value(name)).as(field).isEqualTo(payload.in(field));
		}
		assertThat(error.getResponse().getStatus()).isBetween(400, 404);
	}

	@ParameterizedTest(name = "{0}")
	@FieldSource("PAYLOADS")
	void theApiReturnsEveryFieldAsGiven(HostileText payload) throws Exception {
		int id = hostileItem(payload, SignedIn.admin(payload.in(ADMIN_NAME)));

		mvc.perform(get("/api/v1/work-items/" + id).with(SignedIn.admin(ADMIN)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.itemNumber").value(payload.in(NUMBER)))
			.andExpect(jsonPath("$.location").value(payload.in(LOCATION)))
			.andExpect(jsonPath("$.description").value(payload.in(DESCRIPTION)))
			.andExpect(jsonPath("$.detail").value(payload.in(DETAIL)))
			.andExpect(jsonPath("$.references").value(payload.in(REFERENCES)))
			.andExpect(jsonPath("$.submitter").value(payload.in(SUBMITTER)))
			.andExpect(jsonPath("$.revisionNotes").value(payload.in(REVISION_NOTES)))
			.andExpect(jsonPath("$.adminNotes").value(payload.in(ADMIN_NOTES)))
			.andExpect(jsonPath("$.photos[0].caption").value(payload.in(CAPTION)));
	}

	@ParameterizedTest(name = "{0}")
	@FieldSource("PAYLOADS")
	void documentsAndTheSpreadsheetHoldEveryFieldAsGiven(HostileText payload) throws Exception {
		int id = hostileItem(payload, SignedIn.admin(payload.in(ADMIN_NAME)));
		RequestPostProcessor admin = SignedIn.admin(ADMIN);

		MvcResult single = mvc.perform(get("/admin/download/" + id).with(admin)).andExpect(status().isOk()).andReturn();
		assertThat(single.getResponse().getHeader("Content-Disposition"))
			.matches("attachment; filename=\"[A-Za-z0-9_.()-]+\\.docx\"");
		assertDocumentHoldsTheFields(single.getResponse().getContentAsByteArray(), payload);

		byte[] zip = streamed(post("/admin/download-batch").param("item_ids[]", String.valueOf(id)).with(admin).with(csrf()));
		List<byte[]> documents = docxEntries(zip);
		assertThat(documents).hasSize(1);
		assertDocumentHoldsTheFields(documents.getFirst(), payload);

		byte[] xlsx = streamed(get(withSearch("/admin/download-spreadsheet", payload.in(NUMBER))).with(admin));
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			DataFormatter cells = new DataFormatter();
			// The search finds the item by its number; words of the payload may match other items too.
			List<List<String>> rows = new ArrayList<>();
			for (Row row : workbook.getSheetAt(0)) {
				rows.add(List.of(0, 1, 2, 3, 4, 5).stream().map(column -> cells.formatCellValue(row.getCell(column))).toList());
			}
			assertThat(rows).contains(List.of(payload.asWrittenIn(NUMBER), payload.asWrittenIn(LOCATION),
						payload.asWrittenIn(DESCRIPTION), payload.asWrittenIn(DETAIL),
						payload.asWrittenIn(REFERENCES), payload.asWrittenIn(SUBMITTER)));
		}
	}

	/**
	 * An item with the payload in every field a user fills in, each put there by the form that
	 * sets it. The item number and submitter's name are written to its row, as an adopted Flask
	 * database may hold them: the crew form allows only catalogue numbers and the signed-in name.
	 */
	private int hostileItem(HostileText payload, RequestPostProcessor admin) throws Exception {
		Integer made = items.get(payload);
		if (made != null) {
			return made;
		}
		MvcResult submitted = mvc.perform(HtmlForm.of(open("/crew/submit", CREW), "/crew/submit")
			.set("item_number", "")
			.set("location", payload.in(LOCATION))
			.set("description", payload.in(DESCRIPTION))
			.set("detail", payload.in(DETAIL))
			.set("references", payload.in(REFERENCES))
			.set("photo_captions", payload.in(CAPTION))
			.post(CREW, TestPhotos.part("photos", TestPhotos.unique()))).andReturn();
		assertThat(submitted.getResponse().getStatus()).as("submission").isEqualTo(302);
		int id = jdbc.sql("SELECT MAX(id) FROM work_items WHERE description = ?")
			.param(payload.in(DESCRIPTION))
			.query(Integer.class)
			.single();
		postAs(admin, "/admin/view/" + id, "/admin/save-admin-notes/" + id, Map.of("admin_notes", payload.in(ADMIN_NOTES)));
		postAs(admin, "/admin/view/" + id, "/admin/comment/" + id, Map.of("comment_text", payload.in(ADMIN_COMMENT)));
		postAs(admin, "/admin/view/" + id, "/admin/assign/" + id, Map.of("status", "Needs Revision", "assigned_to", "DP",
				"revision_notes", payload.in(REVISION_NOTES)));
		postAs(CREW, "/crew/view/" + id, "/crew/comment/" + id, Map.of("comment_text", payload.in(CREW_COMMENT)));
		jdbc.sql("UPDATE work_items SET item_number = ?, submitter_name = ? WHERE id = ?")
			.params(payload.in(NUMBER), payload.in(SUBMITTER), id)
			.update();
		dashboardCache.evict();
		items.put(payload, id);
		return id;
	}

	/** Opens the page and posts its form to {@code action} with these fields changed. */
	private void postAs(RequestPostProcessor who, String page, String action, Map<String, String> fields)
			throws Exception {
		HtmlForm form = HtmlForm.of(open(page, who), action);
		fields.forEach(form::set);
		assertThat(mvc.perform(form.post(who)).andReturn().getResponse().getStatus()).as(action).isEqualTo(302);
	}

	private static void assertDocumentHoldsTheFields(byte[] docx, HostileText payload) throws IOException {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			List<String> paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
			assertThat(paragraphs).contains("Item NO.: " + payload.asWrittenIn(NUMBER),
					"Location: " + payload.asWrittenIn(LOCATION), payload.asWrittenIn(DESCRIPTION),
					payload.asWrittenIn(DETAIL), payload.asWrittenIn(REFERENCES),
					"Photo 1 Caption: " + payload.asWrittenIn(CAPTION));
			assertThat(paragraphs).anySatisfy(
					footer -> assertThat(footer).startsWith("Submitted by: " + payload.asWrittenIn(SUBMITTER) + " | "));
		}
	}

	private byte[] streamed(RequestBuilder download) throws Exception {
		MvcResult started = mvc.perform(download).andExpect(request().asyncStarted()).andReturn();
		started.getAsyncResult();
		mvc.perform(asyncDispatch(started)).andExpect(status().isOk());
		return started.getResponse().getContentAsByteArray();
	}

	private static List<byte[]> docxEntries(byte[] zip) throws IOException {
		List<byte[]> documents = new ArrayList<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				if (entry.getName().endsWith(".docx")) {
					documents.add(in.readAllBytes());
				}
			}
		}
		return documents;
	}

	/** The path with the search, on a page long enough for any other items the search's words may also find. */
	private static URI withSearch(String path, String search) {
		return URI.create(path + "?per_page=100&search=" + formEncoded(search));
	}

	/** Spaces as %20: MockMvc, unlike a servlet container, reads no "+" in a query as a space. */
	private static String formEncoded(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	/** What a reader sees of the page: its text, and what its form fields hold. */
	private static String textAndValues(Document page) {
		StringBuilder all = new StringBuilder(page.text());
		for (Element field : page.select("input, textarea")) {
			all.append('\n').append(field.val());
		}
		return all.toString();
	}

	private static List<String> fields(List<String> itemText, String... more) {
		List<String> all = new ArrayList<>(itemText);
		all.addAll(List.of(more));
		return all;
	}

}

package drydock.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import drydock.photo.PhotoIntake;
import drydock.photo.PhotoProperties;
import drydock.photo.PhotoUpload;
import drydock.workitem.DashboardCache;
import drydock.workitem.FormTokens;
import drydock.workitem.PhotoAttachment;
import drydock.workitem.ReviewService;
import drydock.workitem.WorkItemForm;
import drydock.workitem.WorkItemService;

/**
 * The whole application on an H2 database in a folder of its own under {@code target/},
 * driven through MockMvc with the real security filters, with a {@link StatementCounter} on
 * its DataSource. Every subclass that adds no configuration of its own shares one
 * application context.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ DrydockWebTest.Clocks.class, StatementCounter.class })
// Blank, so that a developer's REDIS_URL does not take the tests to Redis; a subclass's @DynamicPropertySource may set one.
@TestPropertySource(properties = "REDIS_URL=")
public abstract class DrydockWebTest {

	/** The admin account the application creates at start; "In Review by chief" is offered for it. */
	public static final String ADMIN = "chief";

	/** Its password, for tests that sign in through the real form. */
	public static final String ADMIN_PASSWORD = "chief-password-for-tests";

	public static final String CREW_PASSWORD = "crew-password-for-tests";

	private static final Path DATA = Path.of("target", "test-data", UUID.randomUUID().toString()).toAbsolutePath();

	@DynamicPropertySource
	static void drydockProperties(DynamicPropertyRegistry registry) {
		// Blank, so that a developer's DATABASE_URL does not take the tests to another database.
		registry.add("DATABASE_URL", () -> "");
		registry.add("drydock.data-dir", DATA::toString);
		registry.add("drydock.access.admin-username", () -> ADMIN);
		registry.add("drydock.access.admin-password", () -> ADMIN_PASSWORD);
		registry.add("drydock.access.crew-password", () -> CREW_PASSWORD);
		// A small limit keeps "up to the limit" cheap to reach.
		registry.add("drydock.photos.max-count", () -> "3");
	}

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	protected TestClock clock;

	@Autowired
	protected PhotoProperties photoProperties;

	@Autowired
	private WorkItemService workItems;

	@Autowired
	private ReviewService review;

	@Autowired
	private PhotoIntake intake;

	@Autowired
	private DashboardCache dashboardCache;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	/** Tests write rows behind the services' backs: the next test starts with no cached dashboard page. */
	@AfterEach
	void forgetCachedPages() {
		dashboardCache.evict();
	}

	/** A crew member's new item with a DRAFT number and the given photos, captioned "Photo 1", ... */
	protected int submitItem(String crewName, byte[]... photos) {
		List<PhotoAttachment> attachments = new ArrayList<>();
		var processed = intake.processAll(Arrays.stream(photos).map(bytes -> new PhotoUpload("photo.jpg", bytes)).toList());
		for (int i = 0; i < processed.size(); i++) {
			attachments.add(new PhotoAttachment(processed.get(i), "Photo " + (i + 1)));
		}
		WorkItemForm form = new WorkItemForm("", "Engine room", "Leaking valve", "Valve 3 drips at the flange.",
				"Drawing 12-4");
		return workItems.submit(crewName, form, attachments, FormTokens.issue()).itemId();
	}

	/** What an admin's "Save assignment" does, on the item as it is now. */
	protected void assign(int itemId, String status, String crewMember, String notes) {
		review.assign(itemId, version(itemId), status, crewMember, notes, ADMIN);
	}

	protected long version(int itemId) {
		return jdbc.sql("SELECT version FROM work_items WHERE id = ?").param(itemId).query(Long.class).single();
	}

	/** The item's row as stored, by column name. */
	protected Map<String, Object> row(int itemId) {
		return jdbc.sql("SELECT * FROM work_items WHERE id = ?").param(itemId).query().singleRow();
	}

	protected boolean exists(int itemId) {
		return jdbc.sql("SELECT COUNT(*) FROM work_items WHERE id = ?").param(itemId).query(Long.class).single() == 1;
	}

	protected List<Map<String, Object>> history(int itemId) {
		return jdbc.sql("SELECT old_status, new_status, changed_by, changed_at, notes FROM status_history "
				+ "WHERE work_item_id = ? ORDER BY id").param(itemId).query().listOfRows();
	}

	/** The item's photos as (id, caption, filename, thumbnail_filename) rows, oldest first. */
	protected List<Map<String, Object>> photos(int itemId) {
		return jdbc.sql("SELECT id, caption, filename, thumbnail_filename FROM photos WHERE work_item_id = ? ORDER BY id")
			.param(itemId)
			.query()
			.listOfRows();
	}

	/** Every file the item's photos use: display images and thumbnails. */
	protected List<String> photoFiles(int itemId) {
		return photos(itemId).stream()
			.flatMap(photo -> Stream.of((String) photo.get("filename"),
					(String) photo.get("thumbnail_filename")))
			.toList();
	}

	/**
	 * Everything stored about an item, to compare before and after a refused request:
	 * its row, photos, history, comments, and which of its photo files exist.
	 */
	protected String state(int itemId) {
		List<Object> state = new ArrayList<>();
		state.add(exists(itemId) ? row(itemId) : "no item");
		state.add(photos(itemId));
		state.add(history(itemId));
		state.add(jdbc.sql("SELECT author_name, comment_text, is_admin FROM comments WHERE work_item_id = ? ORDER BY id")
			.param(itemId)
			.query()
			.listOfRows());
		state.add(photoFiles(itemId).stream().map(name -> name + (fileExists(name) ? " exists" : " missing")).toList());
		return state.toString();
	}

	/** The names of every file in the photo folder, sorted. */
	protected List<String> uploadedFiles() {
		if (!Files.isDirectory(photoProperties.uploadFolder())) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(photoProperties.uploadFolder())) {
			return files.map(path -> path.getFileName().toString()).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	protected boolean fileExists(String name) {
		return Files.isRegularFile(photoProperties.uploadFolder().resolve(name));
	}

	/** A page opened by someone, expected to render. */
	protected Document open(String url, RequestPostProcessor who) throws Exception {
		return answer(get(url).with(who), HttpStatus.OK);
	}

	/** The page a POST redirected to, as the browser shows it next (flash notice included). */
	protected Document follow(MvcResult redirect, RequestPostProcessor who) throws Exception {
		String location = redirect.getResponse().getRedirectedUrl();
		if (location == null) {
			throw new AssertionError("expected a redirect, got " + redirect.getResponse().getStatus());
		}
		var next = get(location).with(who);
		if (!redirect.getFlashMap().isEmpty()) {
			next.flashAttrs(redirect.getFlashMap());
		}
		return answer(next, HttpStatus.OK);
	}

	/**
	 * Sends each request and checks that each is refused with {@code status}, the page
	 * showing {@code message} in the alert under {@code section}, and that the item is as before.
	 */
	protected void assertEachRefused(int itemId, HttpStatus status, String section, String message,
			RequestBuilder... requests) throws Exception {
		String before = state(itemId);
		for (RequestBuilder request : requests) {
			assertThat(answer(request, status).select(section + " [role=alert]").text()).isEqualTo(message);
		}
		assertThat(state(itemId)).isEqualTo(before);
	}

	/** The page a request is answered with, once its status is the one expected. */
	protected Document answer(RequestBuilder request, HttpStatus expected) throws Exception {
		MvcResult result = mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).as("status").isEqualTo(expected.value());
		return html(result);
	}

	protected static Document html(MvcResult result) throws Exception {
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Clocks {

		@Bean
		@Primary
		TestClock testClock() {
			return new TestClock();
		}

	}

}

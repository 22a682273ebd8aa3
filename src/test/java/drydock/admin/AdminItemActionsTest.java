package drydock.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import drydock.testing.DrydockWebTest;
import drydock.testing.HtmlForm;
import drydock.testing.SignedIn;
import drydock.testing.TestPhotos;
import drydock.workitem.WorkItemService;

/** What an admin does on an item's page, each a CSRF-protected POST that returns to the page. */
class AdminItemActionsTest extends DrydockWebTest {

	private static final RequestPostProcessor CHIEF = SignedIn.admin(ADMIN);

	@Autowired
	private WorkItemService workItems;

	@Autowired
	private TransactionTemplate transaction;

	/** Every state-changing action of the admin item page, with what its form would send. */
	static Stream<AdminAction> actions() {
		return Stream.of(
				new AdminAction("/admin/edit/{item}", "item_number", "CSRF-1", "location", "Bridge", "description",
						"Changed", "detail", "Changed", "version", "{version}"),
				new AdminAction("/admin/assign/{item}", "status", "Needs Revision", "assigned_to", "AL", "revision_notes",
						"Redo", "version", "{version}"),
				new AdminAction("/admin/update-status/{item}", "status", "Completed Review", "version", "{version}"),
				new AdminAction("/admin/save-admin-notes/{item}", "admin_notes", "Internal", "version", "{version}"),
				new AdminAction("/admin/comment/{item}", "comment_text", "Hello"),
				new AdminAction("/admin/delete-photo/{item}/{photo}"),
				new AdminAction("/admin/delete/{item}", "confirm", "yes"));
	}

	@ParameterizedTest
	@MethodSource("actions")
	void anActionPostedWithoutTheCsrfTokenIsForbiddenAndChangesNothing(AdminAction action) throws Exception {
		int item = submitItem("AL", TestPhotos.unique());
		String before = state(item);

		mvc.perform(action.post(item, firstPhoto(item), version(item)).with(CHIEF)).andExpect(status().isForbidden());

		assertThat(state(item)).isEqualTo(before);
	}

	@ParameterizedTest
	@MethodSource("actions")
	void anActionOpenedWithGetIsNotAllowedAndChangesNothing(AdminAction action) throws Exception {
		int item = submitItem("AL", TestPhotos.unique());
		String before = state(item);

		mvc.perform(get(action.path(item, firstPhoto(item))).params(action.params(version(item))).with(CHIEF))
			.andExpect(status().isMethodNotAllowed());

		assertThat(state(item)).isEqualTo(before);
	}

	@Test
	void editingChangesTheFieldsAndCaptionsAndTellsWhoChangedIt() throws Exception {
		int item = submitItem("AL", TestPhotos.unique(), TestPhotos.unique());
		clock.set(Instant.parse("2025-04-01T08:15:00Z"));
		HtmlForm form = editForm(item).set("item_number", "ADM-" + item)
			.set("location", "Aft steering flat")
			.set("description", "Hydraulic leak")
			.set("detail", "Ram seal weeps under load.")
			.set("references", "Manual ch. 7")
			.set("photo_captions[]", "Seal, close up", "Ram, from aft");

		MvcResult saved = mvc.perform(form.post(CHIEF))
			.andExpect(redirectedUrl("/admin/view/" + item))
			.andExpect(flash().attribute("notice", "Item saved."))
			.andReturn();

		Document page = follow(saved, CHIEF);
		assertThat(page.select("[role=status]").text()).isEqualTo("Item saved.");
		assertThat(page.selectFirst("h1").text()).isEqualTo("Item ADM-" + item);
		String fields = page.selectFirst("dl.fields").text();
		assertThat(fields).contains("Aft steering flat", "Hydraulic leak", "Ram seal weeps under load.", "Manual ch. 7",
				"Last changed " + ADMIN + ", 2025-04-01 08:15");
		assertThat(page.select(".gallery .caption").eachText()).containsExactly("Seal, close up", "Ram, from aft");
	}

	@Test
	void anEditWithARequiredFieldLeftBlankIsRefusedFieldByFieldWithTheInputKept() throws Exception {
		int item = submitItem("AL");
		String before = state(item);

		Document page = answer(editForm(item).set("location", " ").set("detail", "Typed detail").post(CHIEF),
				HttpStatus.UNPROCESSABLE_CONTENT);

		assertThat(page.select("#edit [role=alert]").text()).isEqualTo("Please correct the fields marked below.");
		assertThat(page.select("#edit").text()).contains("Location is required");
		assertThat(HtmlForm.of(page, "/admin/edit/" + item).value("detail")).isEqualTo("Typed detail");
		assertThat(state(item)).isEqualTo(before);
	}

	@Test
	void anItemNumberUsedByAnotherItemIsRefusedWithTheInputKept() throws Exception {
		int other = submitItem("DP");
		String taken = (String) row(other).get("item_number");
		int item = submitItem("AL", TestPhotos.unique());
		String before = state(item);
		HtmlForm form = editForm(item).set("item_number", taken)
			.set("location", "Typed location")
			.set("photo_captions[]", "Typed caption");

		Document page = answer(form.post(CHIEF), HttpStatus.UNPROCESSABLE_CONTENT);

		assertThat(page.select("#edit [role=alert]").text()).contains("Item number " + taken + " is already used by another item.");
		HtmlForm kept = HtmlForm.of(page, "/admin/edit/" + item);
		assertThat(kept.value("item_number")).isEqualTo(taken);
		assertThat(kept.value("location")).isEqualTo("Typed location");
		assertThat(kept.values("photo_captions[]")).containsExactly("Typed caption");
		assertThat(state(item)).isEqualTo(before);
	}

	@Test
	void photosCanBeAddedUpToTheLimitAndNotBeyond() throws Exception {
		int limit = photoProperties.maxCount();
		int item = submitItem("AL", TestPhotos.unique());
		HtmlForm form = editForm(item).set("new_photo_captions[]", "Second", "Third");

		mvc.perform(form.post(CHIEF, TestPhotos.part("new_photos[]", TestPhotos.unique()),
				TestPhotos.part("new_photos[]", TestPhotos.unique())))
			.andExpect(redirectedUrl("/admin/view/" + item));

		assertThat(photos(item)).extracting(photo -> photo.get("caption")).containsExactly("Photo 1", "Second", "Third");
		assertThat(photos(item)).hasSize(limit);
		assertThat(photoFiles(item)).allMatch(this::fileExists);
		Document full = open("/admin/view/" + item, CHIEF);
		assertThat(full.select("input[name=new_photos[]]")).as("no empty photo slots at the limit").isEmpty();

		String before = state(item);
		Document refused = answer(editForm(item).set("location", "Kept while refused")
			.post(CHIEF, TestPhotos.part("new_photos[]", TestPhotos.unique())), HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(refused.select("#edit [role=alert]").text()).contains("at most " + limit + " are allowed");
		assertThat(HtmlForm.of(refused, "/admin/edit/" + item).value("location")).isEqualTo("Kept while refused");
		assertThat(state(item)).isEqualTo(before);
	}

	@Test
	void deletingAPhotoRemovesItsRowAndItsFilesButLeavesTheOtherPhoto() throws Exception {
		int item = submitItem("AL", TestPhotos.unique(), TestPhotos.unique());
		List<Map<String, Object>> photos = photos(item);
		Map<String, Object> deleted = photos.get(0);
		Map<String, Object> kept = photos.get(1);

		mvc.perform(deletePhoto(item, (Integer) deleted.get("id")))
			.andExpect(redirectedUrl("/admin/view/" + item))
			.andExpect(flash().attribute("notice", "Photo deleted."));

		assertThat(photos(item)).containsExactly(kept);
		assertThat(fileExists((String) deleted.get("filename"))).isFalse();
		assertThat(fileExists((String) deleted.get("thumbnail_filename"))).isFalse();
		assertThat(photoFiles(item)).allMatch(this::fileExists);
		assertThat(open("/admin/view/" + item, CHIEF).select(".gallery .caption").eachText()).containsExactly("Photo 2");
	}

	@Test
	void aPhotoFileAnotherPhotoAlsoUsesStaysWhenOneOfThemIsDeleted() throws Exception {
		byte[] samePicture = TestPhotos.unique();
		int item = submitItem("AL", samePicture);
		int other = submitItem("DP", samePicture);
		assertThat(photoFiles(other)).as("the same picture is stored once").isEqualTo(photoFiles(item));

		mvc.perform(deletePhoto(item, firstPhoto(item))).andExpect(status().isFound());

		assertThat(photos(item)).isEmpty();
		assertThat(photoFiles(other)).allMatch(this::fileExists);
		String display = (String) photos(other).getFirst().get("filename");
		mvc.perform(get("/uploads/" + display).with(CHIEF)).andExpect(status().isOk());
	}

	@Test
	void aPhotoDeletionThatRollsBackKeepsTheRowAndTheFiles() {
		int item = submitItem("AL", TestPhotos.unique());
		List<String> files = photoFiles(item);

		transaction.executeWithoutResult(tx -> {
			workItems.deletePhoto(item, firstPhoto(item), ADMIN, false);
			assertThat(files).as("files stay until the deletion commits").allMatch(this::fileExists);
			tx.setRollbackOnly();
		});

		assertThat(photoFiles(item)).isEqualTo(files).allMatch(this::fileExists);
	}

	@Test
	void assigningSetsStatusAssigneeAndNotesAndRecordsTheChange() throws Exception {
		int item = submitItem("DP");
		clock.set(Instant.parse("2025-05-02T14:30:00Z"));

		MvcResult saved = mvc.perform(assignForm(item).set("status", "Needs Revision")
			.set("assigned_to", "AL")
			.set("revision_notes", "Add a photo of the flange.")
			.post(CHIEF))
			.andExpect(redirectedUrl("/admin/view/" + item))
			.andExpect(flash().attribute("notice", "Assignment saved."))
			.andReturn();

		Map<String, Object> row = row(item);
		assertThat(row).containsEntry("status", "Needs Revision")
			.containsEntry("assigned_to", "AL")
			.containsEntry("revision_notes", "Add a photo of the flange.")
			.containsEntry("needs_revision", true);
		assertThat(history(item).getLast()).isEqualTo(Map.of("old_status", "Submitted", "new_status", "Needs Revision",
				"changed_by", ADMIN, "changed_at", Timestamp.valueOf(LocalDateTime.parse("2025-05-02T14:30:00")),
				"notes", "Add a photo of the flange."));
		Document page = follow(saved, CHIEF);
		assertThat(page.selectFirst("dl.fields").text()).contains("Needs Revision assigned to AL");
		assertThat(page.select("#history li").last().text()).contains("2025-05-02 14:30", ADMIN,
				"Submitted → Needs Revision", "Add a photo of the flange.");
		assertThat(page.select("#assigned_to option[selected]").text()).isEqualTo("AL");
	}

	@Test
	void needsRevisionFollowsTheStatus() throws Exception {
		int item = submitItem("DP");
		for (var expected : List.of(Map.entry("Awaiting Photos", true), Map.entry("Completed Review", false),
				Map.entry("Needs Revision", true), Map.entry("In Review by DP", false))) {
			mvc.perform(assignForm(item).set("status", expected.getKey()).set("assigned_to", "AL").post(CHIEF))
				.andExpect(status().isFound());
			assertThat(row(item).get("needs_revision")).as(expected.getKey()).isEqualTo(expected.getValue());
		}
		assertThat(history(item)).extracting(change -> change.get("new_status"))
			.containsExactly("Submitted", "Awaiting Photos", "Completed Review", "Needs Revision", "In Review by DP");
	}

	@Test
	void changingTheStatusAloneRecordsItAndTheSameStatusAgainRecordsNothing() throws Exception {
		int item = submitItem("DP");

		mvc.perform(statusForm(item).set("status", "In Review by " + ADMIN).post(CHIEF))
			.andExpect(redirectedUrl("/admin/view/" + item))
			.andExpect(flash().attribute("notice", "Status saved."));

		assertThat(row(item)).containsEntry("status", "In Review by " + ADMIN);
		assertThat(history(item)).hasSize(2);
		assertThat(history(item).getLast()).containsEntry("old_status", "Submitted")
			.containsEntry("new_status", "In Review by " + ADMIN)
			.containsEntry("changed_by", ADMIN);

		String before = state(item);
		mvc.perform(statusForm(item).set("status", "In Review by " + ADMIN).post(CHIEF)).andExpect(status().isFound());
		assertThat(state(item)).isEqualTo(before);
	}

	@Test
	void anUnknownStatusIsRefusedByBothForms() throws Exception {
		int item = submitItem("DP");

		assertEachRefused(item, HttpStatus.UNPROCESSABLE_CONTENT, "#review", "\"Lost at sea\" is not one of the statuses.",
				assignForm(item).set("status", "Lost at sea").post(CHIEF),
				statusForm(item).set("status", "Lost at sea").post(CHIEF));
	}

	@Test
	void anAssigneeNotOnTheCrewListIsRefused() throws Exception {
		int item = submitItem("DP");
		String before = state(item);

		Document page = answer(assignForm(item).set("status", "Needs Revision")
			.set("assigned_to", "Stranger")
			.set("revision_notes", "Typed before the refusal")
			.post(CHIEF), HttpStatus.UNPROCESSABLE_CONTENT);

		assertThat(page.select("#review [role=alert]").text()).isEqualTo("\"Stranger\" is not on the crew list.");
		assertThat(page.select("#assign-status option[selected]").text()).isEqualTo("Needs Revision");
		assertThat(page.selectFirst("#revision_notes").wholeText()).isEqualTo("Typed before the refusal");
		assertThat(state(item)).isEqualTo(before);
	}

	@Test
	void adminNotesAreKeptForAdminsAndNeverShownToTheCrew() throws Exception {
		int item = submitItem("AL", TestPhotos.unique());
		assign(item, "Needs Revision", "AL", "Retake the photo.");
		String secret = "Yard quote too high, negotiate " + item;

		mvc.perform(HtmlForm.of(open("/admin/view/" + item, CHIEF), "/admin/save-admin-notes/" + item)
			.set("admin_notes", secret)
			.post(CHIEF)).andExpect(flash().attribute("notice", "Admin notes saved."));

		assertThat(open("/admin/view/" + item, CHIEF).selectFirst("#admin_notes").wholeText()).isEqualTo(secret);
		RequestPostProcessor al = SignedIn.crew("AL");
		for (String crewPage : List.of("/crew/view/" + item, "/crew/edit/" + item, "/crew/submit")) {
			String html = mvc.perform(get(crewPage).with(al)).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString();
			assertThat(html).as(crewPage).contains("DRAFT_").doesNotContain(secret, "Admin notes");
		}
		assertThat(open("/crew/view/" + item, al).text()).as("the revision notes are for the crew")
			.contains("Retake the photo.");
	}

	@Test
	void deletingAnItemNeedsConfirmation() throws Exception {
		int item = submitItem("AL", TestPhotos.unique());
		String before = state(item);

		Document page = answer(post("/admin/delete/" + item).with(CHIEF).with(csrf()),
				HttpStatus.UNPROCESSABLE_CONTENT);

		assertThat(page.select(".danger-zone [role=alert]").text())
			.isEqualTo("Tick the box to confirm the deletion; nothing was deleted.");
		assertThat(state(item)).isEqualTo(before);
	}

	@Test
	void deletingAnItemRemovesItsRowsAndThenItsFiles() throws Exception {
		int item = submitItem("AL", TestPhotos.unique(), TestPhotos.unique());
		assign(item, "Needs Revision", "AL", "Retake.");
		mvc.perform(post("/admin/comment/" + item).param("comment_text", "Noted").with(CHIEF).with(csrf()))
			.andExpect(status().isFound());
		String number = (String) row(item).get("item_number");
		List<String> files = photoFiles(item);
		assertThat(files).hasSize(4).allMatch(this::fileExists);

		mvc.perform(HtmlForm.of(open("/admin/view/" + item, CHIEF), "/admin/delete/" + item)
			.set("confirm", "yes")
			.post(CHIEF))
			.andExpect(redirectedUrl("/admin/dashboard"))
			.andExpect(flash().attribute("notice", "Work item " + number + " deleted."));

		assertThat(exists(item)).isFalse();
		for (String table : List.of("photos", "comments", "status_history", "form_submissions")) {
			assertThat(jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE work_item_id = ?").param(item).query(Long.class)
				.single()).as(table).isZero();
		}
		assertThat(files).noneMatch(this::fileExists);
		mvc.perform(get("/admin/view/" + item).with(CHIEF)).andExpect(status().isNotFound());
	}

	@Test
	void theStatusListsOfferInReviewForTheAdminAccount() throws Exception {
		int item = submitItem("AL");

		Document page = open("/admin/view/" + item, CHIEF);

		for (String select : List.of("#assign-status", "#status-only")) {
			assertThat(page.select(select + " option").eachText()).as(select)
				.containsExactly("Submitted", "In Review by " + ADMIN, "In Review by DP", "In Review by AL",
						"Needs Revision", "Awaiting Photos", "Completed Review");
		}
	}

	private HtmlForm editForm(int item) throws Exception {
		return HtmlForm.of(open("/admin/view/" + item, CHIEF), "/admin/edit/" + item);
	}

	private HtmlForm assignForm(int item) throws Exception {
		return HtmlForm.of(open("/admin/view/" + item, CHIEF), "/admin/assign/" + item);
	}

	private HtmlForm statusForm(int item) throws Exception {
		return HtmlForm.of(open("/admin/view/" + item, CHIEF), "/admin/update-status/" + item);
	}

	private RequestBuilder deletePhoto(int item, int photo) throws Exception {
		Element button = open("/admin/view/" + item, CHIEF).selectFirst("form[action=/admin/delete-photo/" + item + "/" + photo + "]");
		assertThat(button).as("the page offers to delete photo " + photo).isNotNull();
		return HtmlForm.of(button.ownerDocument(), "/admin/delete-photo/" + item + "/" + photo).post(CHIEF);
	}

	private int firstPhoto(int item) {
		return (Integer) photos(item).getFirst().get("id");
	}

	private static RequestPostProcessor csrf() {
		return SecurityMockMvcRequestPostProcessors.csrf();
	}

	/** A POST route of the item page and the fields its form sends; {item}, {photo}, {version} filled in per item. */
	record AdminAction(String route, String... fields) {

		String path(int item, int photo) {
			return route.replace("{item}", String.valueOf(item)).replace("{photo}", String.valueOf(photo));
		}

		MultiValueMap<String, String> params(long version) {
			var params = new LinkedMultiValueMap<String, String>();
			for (int i = 0; i + 1 < fields.length; i += 2) {
				params.add(fields[i], fields[i + 1].replace("{version}", String.valueOf(version)));
			}
			return params;
		}

		MockHttpServletRequestBuilder post(int item, int photo, long version) {
			return MockMvcRequestBuilders.post(path(item, photo))
				.params(params(version));
		}

		@Override
		public String toString() {
			return route;
		}

	}

}

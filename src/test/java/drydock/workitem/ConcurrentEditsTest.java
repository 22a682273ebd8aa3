package drydock.workitem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import drydock.testing.DrydockWebTest;
import drydock.testing.HtmlForm;
import drydock.testing.SignedIn;
import drydock.testing.TestClock;

/**
 * Two people saving the same item: the later save is refused as a conflict, shown with the
 * input it carried, and the earlier one stays as it was saved.
 */
class ConcurrentEditsTest extends DrydockWebTest {

	private static final RequestPostProcessor CHIEF = SignedIn.admin(ADMIN);

	private static final RequestPostProcessor SECOND_ADMIN = SignedIn.admin("harbourmaster");

	private static final RequestPostProcessor AL = SignedIn.crew("AL");

	private final ExecutorService browsers = Executors.newFixedThreadPool(2);

	@AfterEach
	void closeBrowsers() {
		browsers.shutdownNow();
	}

	/**
	 * Each form that saves an item at the version it was opened at: where it is, who has
	 * it open, what they typed, the field of the page that must show it again after a
	 * conflict and the column their save would have changed.
	 */
	static Stream<LateSave> lateSaves() {
		return Stream.of(
				new LateSave("admin edit", "/admin/view/{id}", "/admin/edit/{id}", SECOND_ADMIN, "location",
						"Typed by the second admin", "#location", "location"),
				new LateSave("crew edit", "/crew/edit/{id}", "/crew/edit/{id}", AL, "detail", "Typed by AL", "#detail",
						"detail"),
				new LateSave("assignment", "/admin/view/{id}", "/admin/assign/{id}", SECOND_ADMIN, "revision_notes",
						"Notes typed by the second admin", "#revision_notes", "revision_notes"),
				new LateSave("admin notes", "/admin/view/{id}", "/admin/save-admin-notes/{id}", SECOND_ADMIN,
						"admin_notes", "Internal notes typed by the second admin", "#admin_notes", "admin_notes"),
				new LateSave("status", "/admin/view/{id}", "/admin/update-status/{id}", SECOND_ADMIN, "status",
						"Completed Review", "#status-only option[selected]", "status"));
	}

	@ParameterizedTest
	@MethodSource("lateSaves")
	void aFormOpenedBeforeSomeoneElseSavedIsRefusedAsAConflictWithTheInputKept(LateSave late) throws Exception {
		int item = itemAwaitingRevisionByAl();
		HtmlForm lateForm = late.open(this, item);

		String winner = firstAdminChangesTheLocation(item);

		MvcResult refused = mvc.perform(lateForm.post(late.who())).andExpect(status().isConflict()).andReturn();

		assertConflictShownWithInputKept(late, item, html(refused));
		assertThat(row(item)).containsEntry("location", winner);
		assertThat(row(item).get(late.column())).isNotEqualTo(late.typed());
	}

	/**
	 * Both saves load the item at the same version before either commits: the first to
	 * commit wins and the other's write is caught by the entity version, still as a conflict.
	 */
	@ParameterizedTest
	@MethodSource("lateSaves")
	void twoSavesRacingFromTheSameVersionEndWithOneSavedAndOneConflict(LateSave late) throws Exception {
		int item = itemAwaitingRevisionByAl();
		HtmlForm lateForm = late.open(this, item);

		TestClock.Hold hold = clock.holdNextCaller();
		Future<MvcResult> lateResponse = browsers.submit(() -> mvc.perform(lateForm.post(late.who())).andReturn());
		hold.awaitHeld();
		String winner = firstAdminChangesTheLocation(item);
		hold.release();

		MvcResult refused = lateResponse.get();
		assertThat(refused.getResponse().getStatus()).as("the late save's response").isEqualTo(409);
		assertConflictShownWithInputKept(late, item, html(refused));
		assertThat(row(item)).containsEntry("location", winner);
		assertThat(row(item).get(late.column())).isNotEqualTo(late.typed());
	}

	@Test
	void theInputKeptAfterAConflictSavesWhenSentAgain() throws Exception {
		int item = itemAwaitingRevisionByAl();
		HtmlForm lateForm = HtmlForm.of(open("/admin/view/" + item, SECOND_ADMIN), "/admin/edit/" + item)
			.set("detail", "The second admin's detail");
		firstAdminChangesTheLocation(item);
		Document conflict = answer(lateForm.post(SECOND_ADMIN), HttpStatus.CONFLICT);

		mvc.perform(HtmlForm.of(conflict, "/admin/edit/" + item).post(SECOND_ADMIN))
			.andExpect(redirectedUrl("/admin/view/" + item));

		assertThat(row(item)).containsEntry("detail", "The second admin's detail");
	}

	private int itemAwaitingRevisionByAl() {
		int item = submitItem("AL");
		assign(item, "Needs Revision", "AL", "Say which frame.");
		return item;
	}

	/** The first admin opens the item after the late form was opened and saves a new location. */
	private String firstAdminChangesTheLocation(int item) throws Exception {
		String location = "Saved first, frame " + item;
		mvc.perform(HtmlForm.of(open("/admin/view/" + item, CHIEF), "/admin/edit/" + item)
			.set("location", location)
			.post(CHIEF)).andExpect(redirectedUrl("/admin/view/" + item));
		return location;
	}

	private void assertConflictShownWithInputKept(LateSave late, int item, Document page) {
		String number = (String) row(item).get("item_number");
		assertThat(page.select("[role=alert]").text()).isEqualTo("Item " + number
				+ " was changed by someone else after you opened it. Your changes are below but were not saved: "
				+ "check the item and save again.");
		var field = page.selectFirst(late.shownIn());
		assertThat(field).as(late.shownIn()).isNotNull();
		assertThat(field.is("option") ? field.attr("value") : field.wholeText() + field.val()).as("the input kept")
			.contains(late.typed());
		assertThat(page.selectFirst("form[action=" + late.action(item) + "] input[name=version]").val())
			.as("the form now carries the version saved meanwhile")
			.isEqualTo(String.valueOf(version(item)));
	}

	record LateSave(String name, String page, String form, RequestPostProcessor who, String field, String typed,
			String shownIn, String column) {

		String action(int item) {
			return form.replace("{id}", String.valueOf(item));
		}

		HtmlForm open(ConcurrentEditsTest test, int item) throws Exception {
			return HtmlForm.of(test.open(page.replace("{id}", String.valueOf(item)), who), action(item)).set(field, typed);
		}

		@Override
		public String toString() {
			return name;
		}

	}

}

package drydock.crew;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.stream.Stream;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import drydock.testing.DrydockWebTest;
import drydock.testing.HtmlForm;
import drydock.testing.SignedIn;
import drydock.testing.TestPhotos;
import drydock.workitem.FormTokens;

/** A crew member fixing an item an admin sent back, and everything they may not touch. */
class CrewRevisionLoopTest extends DrydockWebTest {

	private static final RequestPostProcessor AL = SignedIn.crew("AL");

	@Test
	void anItemSentBackForRevisionIsEditedAndGoesBackForReviewAsSubmitted() throws Exception {
		int item = submitItem("DP", TestPhotos.unique());
		assign(item, "Needs Revision", "AL", "Add a photo of the flange.");
		String number = (String) row(item).get("item_number");
		clock.set(Instant.parse("2025-06-03T07:45:00Z"));

		Document form = open("/crew/edit/" + item, AL);
		assertThat(form.select(".alert-warning").text()).isEqualTo("What to change: Add a photo of the flange.");
		MvcResult saved = mvc.perform(HtmlForm.of(form, "/crew/edit/" + item)
			.set("location", "Frame 42, starboard")
			.set("photo_captions[]", "Valve body")
			.set("new_photo_captions[]", "Flange")
			.post(AL, TestPhotos.part("new_photos[]", TestPhotos.unique())))
			.andExpect(redirectedUrl("/crew/success?item_number=" + number))
			.andReturn();

		assertThat(follow(saved, AL).select("[role=status]").text()).isEqualTo("Work item " + number + " was saved.");
		Map<String, Object> row = row(item);
		assertThat(row).containsEntry("status", "Submitted")
			.containsEntry("needs_revision", false)
			.containsEntry("location", "Frame 42, starboard")
			.containsEntry("last_modified_by", "AL");
		assertThat(row.get("revision_notes")).isNull();
		assertThat(photos(item)).extracting(photo -> photo.get("caption")).containsExactly("Valve body", "Flange");
		assertThat(history(item).getLast()).isEqualTo(Map.of("old_status", "Needs Revision", "new_status", "Submitted",
				"changed_by", "AL", "changed_at", Timestamp.valueOf(LocalDateTime.parse("2025-06-03T07:45:00")), "notes",
				"Resubmitted after revision"));
		Document view = open("/crew/view/" + item, AL);
		assertThat(view.select(".alert-warning")).as("no revision notes are shown any more").isEmpty();
		assertThat(view.select("ol.timeline li").last().text()).contains("2025-06-03 07:45", "AL",
				"Needs Revision → Submitted");
	}

	@Test
	void aCrewMemberAwaitingPhotosMayDeleteAPhotoOfTheItem() throws Exception {
		int item = submitItem("DP", TestPhotos.unique(), TestPhotos.unique());
		assign(item, "Awaiting Photos", "AL", "The first photo is blurred.");
		Map<String, Object> blurred = photos(item).getFirst();

		mvc.perform(HtmlForm.of(open("/crew/edit/" + item, AL), "/crew/delete-photo/" + item + "/" + blurred.get("id"))
			.post(AL)).andExpect(redirectedUrl("/crew/edit/" + item));

		assertThat(photos(item)).extracting(photo -> photo.get("caption")).containsExactly("Photo 2");
		assertThat(fileExists((String) blurred.get("filename"))).isFalse();
		assertThat(open("/crew/edit/" + item, AL).select(".delete-list li").eachText()).containsExactly("Photo 2 Delete photo");
	}

	@Test
	void aCrewMemberMayChangeTheirOwnItemWhileItIsStillSubmitted() throws Exception {
		int item = submitItem("AL");

		String number = (String) row(item).get("item_number");

		mvc.perform(HtmlForm.of(open("/crew/edit/" + item, AL), "/crew/edit/" + item).set("detail", "Also the gasket.")
			.set("item_number", "RENUMBERED-BY-CREW")
			.post(AL)).andExpect(status().isFound());

		assertThat(row(item)).containsEntry("detail", "Also the gasket.")
			.containsEntry("status", "Submitted")
			.containsEntry("item_number", number);
		assertThat(history(item)).as("the status did not change").hasSize(1);
		assertThat(open("/crew/view/" + item, AL).select("a[href=/crew/edit/" + item + "]").text()).isEqualTo("Edit this item");
	}

	/** Items AL may not change, each set up from a fresh item and with the reason AL is given. */
	static Stream<Refused> refusedItems() {
		return Stream.of(new Refused("someone else's item, still Submitted", "DP", null, null, "is not yours to change"),
				new Refused("someone else's item sent back to them", "DP", "Needs Revision", "DP", "is not yours to change"),
				new Refused("their own item, in review", "AL", "In Review by DP", null, "is not yours to change"),
				new Refused("their own item sent back to someone else", "AL", "Needs Revision", "DP",
						"is not yours to change"),
				new Refused("their item after review", "AL", "Completed Review", "AL",
						"has completed review and can no longer be changed"));
	}

	@ParameterizedTest
	@MethodSource("refusedItems")
	void anItemNotTheirsToChangeIsRefusedWithAReasonAndStaysAsItWas(Refused refused) throws Exception {
		int item = submitItem(refused.submitter(), TestPhotos.unique());
		if (refused.status() != null) {
			assign(item, refused.status(), refused.assignee(), "Notes for " + refused.assignee());
		}
		String before = state(item);
		int photo = (Integer) photos(item).getFirst().get("id");

		Document form = answer(get("/crew/edit/" + item).with(AL), HttpStatus.FORBIDDEN);
		Document save = answer(multipart("/crew/edit/" + item).file(TestPhotos.part("new_photos[]", TestPhotos.unique()))
			.param("location", "Overwritten")
			.param("description", "Overwritten")
			.param("detail", "Overwritten")
			.param("version", String.valueOf(version(item)))
			.param("form_token", FormTokens.issue())
			.with(AL)
			.with(csrf()), HttpStatus.FORBIDDEN);
		Document deletePhoto = answer(post("/crew/delete-photo/" + item + "/" + photo).with(AL).with(csrf()),
				HttpStatus.FORBIDDEN);

		for (Document page : new Document[] { form, save, deletePhoto }) {
			assertThat(page.selectFirst("h1").text()).isEqualTo("403 Forbidden");
			assertThat(page.selectFirst("main p").text()).contains(refused.reason());
		}
		assertThat(state(item)).isEqualTo(before);
	}

	@Test
	void aPhotoOfAnotherItemCannotBeDeletedThroughAnItemTheyMayChange() throws Exception {
		int own = submitItem("AL", TestPhotos.unique());
		int others = submitItem("DP", TestPhotos.unique());
		String before = state(others);
		int theirPhoto = (Integer) photos(others).getFirst().get("id");

		mvc.perform(post("/crew/delete-photo/" + own + "/" + theirPhoto).with(AL).with(csrf()))
			.andExpect(status().isNotFound());

		assertThat(state(others)).isEqualTo(before);
		assertThat(photos(own)).hasSize(1);
	}

	@Test
	void anItemThatIsNeitherTheirsNorAssignedToThemCannotBeOpened() throws Exception {
		int item = submitItem("DP");

		Document page = answer(get("/crew/view/" + item).with(AL), HttpStatus.FORBIDDEN);

		assertThat(page.selectFirst("main p").text())
			.isEqualTo("Only the crew member who submitted an item, or the one it is assigned to, can open it.");
	}

	@Test
	void aCompletedItemCanStillBeReadButOffersNoEdit() throws Exception {
		int item = submitItem("AL");
		assign(item, "Completed Review", "AL", null);

		Document view = open("/crew/view/" + item, AL);

		assertThat(view.select("dl.fields").text()).contains("Completed Review");
		assertThat(view.select("a[href=/crew/edit/" + item + "]")).isEmpty();
	}

	record Refused(String situation, String submitter, String status, String assignee, String reason) {

		@Override
		public String toString() {
			return situation;
		}

	}

}

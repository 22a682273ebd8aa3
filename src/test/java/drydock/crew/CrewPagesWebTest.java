package drydock.crew;

import static drydock.testing.SignedIn.crew;
import static drydock.testing.WorkItemRows.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;

import javax.imageio.ImageIO;

import jakarta.validation.Validator;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import drydock.photo.PhotoStore;
import drydock.testing.DrydockWebTest;
import drydock.testing.TestPhotos;
import drydock.testing.WorkItemRows;
import drydock.workitem.ItemNumbers;
import drydock.workitem.ItemNumbers.CatalogEntry;
import drydock.workitem.PhotoTile;
import drydock.workitem.WorkItem;
import drydock.workitem.WorkItemDetails;
import drydock.workitem.WorkItemForm;
import drydock.workitem.WorkItemQueries;

/** The crew's pages: the submission form and its refusals, the crew home, an item's page. */
class CrewPagesWebTest extends DrydockWebTest {

	@Autowired
	private WorkItemQueries queries;

	@Autowired
	private ItemNumbers itemNumbers;

	@Autowired
	private PhotoStore photoStore;

	@Autowired
	private Validator validator;

	private WorkItemRows rows;

	@BeforeEach
	void rows() {
		rows = new WorkItemRows(jdbc);
	}

	@Test
	void theFormLabelsEveryFieldAndOffersTheCatalogAndTheNextDraftNumber() throws Exception {
		Document form = page(mvc.perform(get("/crew/submit").with(crew("DP"))).andExpect(status().isOk()));

		for (Element field : form.select("form[action=/crew/submit] :is(input, textarea, select):not([type=hidden])")) {
			assertThat(form.select("label[for=" + field.id() + "]")).as("label of %s", field).hasSize(1);
		}
		assertThat(form.select("input[name=photos][type=file]")).hasSize(photoProperties.maxCount());
		assertThat(form.select("#item-catalog option").eachAttr("value")).contains("0101", "0958", "DRAFT_0019");
		assertThat(form.select("#item_number").attr("placeholder")).isEqualTo("Leave blank for " + itemNumbers.nextDraft());
	}

	@Test
	void aSubmissionWithPhotosRedirectsToASuccessPageNamingTheItem() throws Exception {
		mvc.perform(submission("CREW-1").file(photo("jpeg-orient6-landscape.jpg"))
			.file(photo("jpeg-small-320x240.jpg"))
			.param("photo_captions", "Pump, starboard side", "Nameplate"))
			.andExpect(redirectedUrl("/crew/success?item_number=CREW-1"));

		Document success = page(
				mvc.perform(get("/crew/success").param("item_number", "CREW-1").with(crew("DP"))).andExpect(status().isOk()));
		assertThat(success.select("[role=status]").text()).isEqualTo("Work item CREW-1 was saved.");

		WorkItemDetails saved = details("CREW-1");
		assertThat(saved.item()).extracting(WorkItem::getLocation, WorkItem::getDescription, WorkItem::getDetail,
				WorkItem::getReferences, WorkItem::getSubmitterName, WorkItem::getStatus)
			.containsExactly("Engine Room, Frame 42 stbd", "Fuel oil transfer pump seal leak",
					"Renew the mechanical seal and bearings.", "OFM: seal kit", "DP", "Submitted");
		assertThat(saved.photos()).extracting(PhotoTile::caption).containsExactly("Pump, starboard side", "Nameplate");
		assertThat(saved.history()).singleElement().satisfies(created -> {
			assertThat(created.getOldStatus()).isNull();
			assertThat(created.getNewStatus()).isEqualTo("Submitted");
		});
	}

	@Test
	void aSidewaysPhotoIsStoredUprightAndNoWiderThanTheDisplayWidth() throws Exception {
		// Stored 1200x1800 with EXIF orientation 6: upright it is landscape, 1800x1200.
		mvc.perform(submission("CREW-2").file(photo("jpeg-orient6-landscape.jpg")))
			.andExpect(redirectedUrl("/crew/success?item_number=CREW-2"));

		BufferedImage display = displayImage(details("CREW-2").photos().getFirst());
		assertThat(display.getWidth()).isEqualTo(photoProperties.maxWidth());
		assertThat(display.getHeight()).isEqualTo(photoProperties.maxWidth() * 1200 / 1800);
	}

	@Test
	void aBlankItemNumberTakesTheNextDraftNumber() throws Exception {
		String next = itemNumbers.nextDraft();

		mvc.perform(submission("")).andExpect(redirectedUrl("/crew/success?item_number=" + next));

		assertThat(rows.exists(next)).isTrue();
	}

	@Test
	void aCatalogEntryAsTheFlaskFormSentItIsSavedUnderItsNumber() throws Exception {
		mvc.perform(submission("0958 - Propeller Clean/Polish & Hull"))
			.andExpect(redirectedUrl("/crew/success?item_number=0958"));
	}

	@Test
	void anItemNumberWithOtherCharactersIsRefused() throws Exception {
		Document form = page(mvc.perform(submission("01&02 - Title")).andExpect(status().isUnprocessableContent()));

		assertThat(form.select("#itemNumber-error").text())
			.isEqualTo("Item number may hold letters, digits, spaces and _ . / - only");
		assertInputKept(form, "01&02 - Title");
	}

	@Test
	void everyCatalogEntryTypedInFullPassesTheFormsChecks() {
		for (CatalogEntry entry : itemNumbers.catalog()) {
			WorkItemForm typed = new WorkItemForm(entry.label(), "Engine Room", "Description", "Detail", "");
			assertThat(validator.validate(typed)).as(entry.label()).isEmpty();
		}
	}

	@Test
	void submittingAnExistingNumberUpdatesThatItem() throws Exception {
		mvc.perform(submission("CREW-3")).andExpect(status().isFound());
		int id = rows.idOf("CREW-3");

		mvc.perform(submission("CREW-3").with(field("description", "Seal and coupling")).with(crew("AL")))
			.andExpect(redirectedUrl("/crew/success?item_number=CREW-3"));

		WorkItem item = details("CREW-3").item();
		assertThat(item.getId()).isEqualTo(id);
		assertThat(item.getDescription()).isEqualTo("Seal and coupling");
		assertThat(item.getLastModifiedBy()).isEqualTo("AL");
	}

	@Test
	void missingFieldsAreRefusedWithTheInputKept() throws Exception {
		Document form = page(mvc
			.perform(submission("CREW-4").with(field("location", " "))
				.with(field("description", ""))
				.param("photo_captions", "Seal"))
			.andExpect(status().isUnprocessableContent()));

		assertThat(form.select("[role=alert]").text()).isEqualTo("Please correct the fields marked below.");
		assertThat(form.select("#location-error").text()).isEqualTo("Location is required");
		assertThat(form.select("#description-error").text()).isEqualTo("Description is required");
		assertInputKept(form, "CREW-4");
		assertThat(form.select("#caption-1").val()).isEqualTo("Seal");
		assertThat(rows.exists("CREW-4")).isFalse();
	}

	@Test
	void aDescriptionMayHoldTwoThousandCharactersButNoMore() throws Exception {
		mvc.perform(submission("CREW-14").with(field("description", "d".repeat(2000))))
			.andExpect(redirectedUrl("/crew/success?item_number=CREW-14"));

		Document form = page(mvc.perform(submission("CREW-15").with(field("description", "d".repeat(2001))))
			.andExpect(status().isUnprocessableContent()));
		assertThat(form.select("#description-error").text()).isEqualTo("Description is at most 2,000 characters");
		assertThat(form.select("#description").text()).hasSize(2001);
	}

	@Test
	void photosBeyondTheLimitForAnExistingItemAreRefused() throws Exception {
		int id = rows.insert(item("CREW-16"));
		for (int i = 1; i < photoProperties.maxCount(); i++) {
			rows.addPhoto(id, "flask-" + i + ".jpg", "");
		}

		Document form = page(mvc
			.perform(submission("CREW-16").file(photo("jpeg-small-320x240.jpg"))
				.file(photo("jpeg-orient1-landscape.jpg")))
			.andExpect(status().isUnprocessableContent()));

		assertThat(form.select("[role=alert]").text()).isEqualTo("Item CREW-16 already has %d photo(s); at most %d are allowed."
			.formatted(photoProperties.maxCount() - 1, photoProperties.maxCount()));
		assertThat(details("CREW-16").photos()).hasSize(photoProperties.maxCount() - 1);
	}

	@Test
	void anItemThatCompletedReviewIsNotChangedAndTheSenderIsTold() throws Exception {
		rows.insert(item("CREW-5").status("Completed Review").description("As reviewed"));

		Document form = page(mvc.perform(submission("CREW-5")).andExpect(status().isUnprocessableContent()));

		assertThat(form.select("[role=alert]").text()).contains("CREW-5 has already completed review");
		assertInputKept(form, "CREW-5");
		assertThat(details("CREW-5").item().getDescription()).isEqualTo("As reviewed");
	}

	@Test
	void tooManyPhotosAreRefusedAndNothingIsSaved() throws Exception {
		MockMultipartHttpServletRequestBuilder submission = submission("CREW-6");
		for (int i = 0; i <= photoProperties.maxCount(); i++) {
			submission.file(photo("jpeg-small-320x240.jpg"));
		}

		Document form = page(mvc.perform(submission).andExpect(status().isUnprocessableContent()));

		assertThat(form.select("[role=alert]").text()).isEqualTo("At most %d photos can be sent with an item; %d were chosen."
			.formatted(photoProperties.maxCount(), photoProperties.maxCount() + 1));
		assertInputKept(form, "CREW-6");
		assertThat(rows.exists("CREW-6")).isFalse();
	}

	@Test
	void aFileThatIsNotAPhotoIsRefusedWith415AndNothingIsSaved() throws Exception {
		List<String> filesBefore = uploadedFiles();

		Document form = page(mvc
			.perform(submission("CREW-7").file(photo("jpeg-small-320x240.jpg"))
				.file(photo("text-renamed.jpg")))
			.andExpect(status().isUnsupportedMediaType()));

		assertThat(form.select("[role=alert]").text()).startsWith("Photo refused: text-renamed.jpg");
		assertInputKept(form, "CREW-7");
		assertThat(rows.exists("CREW-7")).isFalse();
		assertThat(uploadedFiles()).isEqualTo(filesBefore);
	}

	@Test
	void theCrewHomeListsOwnItemsAndItemsSentBackForRevision() throws Exception {
		rows.insert(item("CREW-8").submitter("Rhyan"));
		rows.insert(item("CREW-9").submitter("DP").assignedForRevisionTo("Rhyan"));
		rows.insert(item("CREW-10").submitter("DP"));

		Document home = page(mvc.perform(get("/crew/submit").with(crew("Rhyan"))).andExpect(status().isOk()));

		assertThat(itemsUnder(home, "Sent back to you")).containsExactly("CREW-9");
		assertThat(itemsUnder(home, "Your items")).containsExactly("CREW-8");
	}

	@Test
	void aCrewMemberOpensTheirOwnItemsAndThoseAssignedToThemButNoOthers() throws Exception {
		int own = rows.insert(item("CREW-11").submitter("Mark"));
		int assigned = rows.insert(item("CREW-12").submitter("DP").assignedForRevisionTo("Mark"));
		int others = rows.insert(item("CREW-13").submitter("DP"));

		Document page = page(mvc.perform(get("/crew/view/" + own).with(crew("Mark"))).andExpect(status().isOk()));
		assertThat(page.select("h1").text()).isEqualTo("Item CREW-11");
		mvc.perform(get("/crew/view/" + assigned).with(crew("Mark"))).andExpect(status().isOk());
		mvc.perform(get("/crew/view/" + others).with(crew("Mark"))).andExpect(status().isForbidden());
		mvc.perform(get("/crew/view/" + (others + 1000)).with(crew("Mark"))).andExpect(status().isNotFound());
	}

	/** A complete submission by DP; tests change or add what they are about. */
	private static MockMultipartHttpServletRequestBuilder submission(String itemNumber) {
		MockMultipartHttpServletRequestBuilder request = multipart("/crew/submit");
		request.param("item_number", itemNumber)
			.param("location", "Engine Room, Frame 42 stbd")
			.param("description", "Fuel oil transfer pump seal leak")
			.param("detail", "Renew the mechanical seal and bearings.")
			.param("references", "OFM: seal kit")
			.with(crew("DP"))
			.with(csrf());
		return request;
	}

	/** Replaces a field of the form, where {@code param} would send it twice. */
	private static RequestPostProcessor field(String name, String value) {
		return request -> {
			request.setParameter(name, value);
			return request;
		};
	}

	private static void assertInputKept(Document form, String itemNumber) {
		assertThat(form.select("#item_number").val()).isEqualTo(itemNumber);
		assertThat(form.select("#detail").text()).isEqualTo("Renew the mechanical seal and bearings.");
		assertThat(form.select("#references").text()).isEqualTo("OFM: seal kit");
	}

	private static List<String> itemsUnder(Document page, String heading) {
		Element section = page.select("section:has(h2:containsOwn(" + heading + "))").first();
		assertThat(section).as("section " + heading).isNotNull();
		return section.select(".item-list a strong").eachText();
	}

	private WorkItemDetails details(String itemNumber) {
		return queries.details(rows.idOf(itemNumber)).orElseThrow();
	}

	private BufferedImage displayImage(PhotoTile photo) throws IOException {
		return ImageIO.read(photoStore.find(photo.displayFile()).orElseThrow().toFile());
	}

	private static Document page(ResultActions result) throws Exception {
		return html(result.andReturn());
	}

	/** A file of the photo corpus as the form's photo field sends it, under its own name. */
	private static MockMultipartFile photo(String name) {
		return new MockMultipartFile("photos", name, "image/jpeg", TestPhotos.resource(name));
	}

}

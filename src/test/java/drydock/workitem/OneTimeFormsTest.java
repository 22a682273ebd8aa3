package drydock.workitem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import drydock.testing.DrydockWebTest;
import drydock.testing.HtmlForm;
import drydock.testing.SignedIn;
import drydock.testing.TestPhotos;

/**
 * A form sent twice (a double tap, a retry on a weak signal) is carried out once, and both
 * copies are answered as the first was; also when the two copies arrive at the same time.
 */
class OneTimeFormsTest extends DrydockWebTest {

	private static final RequestPostProcessor KAITLYN = SignedIn.crew("Kaitlyn");

	private static final RequestPostProcessor CHIEF = SignedIn.admin(ADMIN);

	private final ExecutorService phones = Executors.newFixedThreadPool(2);

	@AfterEach
	void closePhones() {
		phones.shutdownNow();
	}

	/** How the two copies arrive: one after the other, or together, both inside their transactions at once. */
	enum Arrival {

		ONE_AFTER_THE_OTHER, TOGETHER

	}

	@ParameterizedTest
	@EnumSource(Arrival.class)
	void aSubmissionSentTwiceMakesOneItemWithOneSetOfPhotos(Arrival arrival) throws Exception {
		String description = "Double tap " + UUID.randomUUID();
		HtmlForm form = HtmlForm.of(open("/crew/submit", KAITLYN), "/crew/submit")
			.set("location", "Galley")
			.set("description", description)
			.set("detail", "Hood filter clogged.")
			.set("photo_captions", "Hood", "Filter");
		var hood = TestPhotos.part("photos", TestPhotos.unique());
		var filter = TestPhotos.part("photos", TestPhotos.unique());

		List<MvcResult> answers = sendTwice(() -> form.post(KAITLYN, hood, filter), arrival);

		List<Integer> items = jdbc.sql("SELECT id FROM work_items WHERE description = ?").param(description)
			.query(Integer.class)
			.list();
		assertThat(items).hasSize(1);
		String number = (String) row(items.getFirst()).get("item_number");
		assertBothAnsweredWith(answers, "/crew/success?item_number=" + number);
		assertThat(photos(items.getFirst())).extracting(photo -> photo.get("caption")).containsExactly("Hood", "Filter");
		assertThat(history(items.getFirst())).hasSize(1);
	}

	@ParameterizedTest
	@EnumSource(Arrival.class)
	void aCrewEditWithANewPhotoSentTwiceAddsThePhotoOnce(Arrival arrival) throws Exception {
		int item = submitItem("DP", TestPhotos.unique());
		assign(item, "Awaiting Photos", "Kaitlyn", "A photo of the hood, please.");
		HtmlForm form = HtmlForm.of(open("/crew/edit/" + item, KAITLYN), "/crew/edit/" + item)
			.set("new_photo_captions[]", "Hood");
		var hood = TestPhotos.part("new_photos[]", TestPhotos.unique());

		List<MvcResult> answers = sendTwice(() -> form.post(KAITLYN, hood), arrival);

		assertBothAnsweredWith(answers, "/crew/success?item_number=" + row(item).get("item_number"));
		assertThat(photos(item)).extracting(photo -> photo.get("caption")).containsExactly("Photo 1", "Hood");
		assertThat(history(item)).extracting(change -> change.get("new_status"))
			.containsExactly("Submitted", "Awaiting Photos", "Submitted");
	}

	@ParameterizedTest
	@EnumSource(Arrival.class)
	void anAdminEditWithANewPhotoSentTwiceAddsThePhotoOnce(Arrival arrival) throws Exception {
		int item = submitItem("DP");
		HtmlForm form = HtmlForm.of(open("/admin/view/" + item, CHIEF), "/admin/edit/" + item)
			.set("new_photo_captions[]", "Overview");
		var overview = TestPhotos.part("new_photos[]", TestPhotos.unique());

		List<MvcResult> answers = sendTwice(() -> form.post(CHIEF, overview), arrival);

		assertBothAnsweredWith(answers, "/admin/view/" + item);
		assertThat(photos(item)).extracting(photo -> photo.get("caption")).containsExactly("Overview");
	}

	/** Two copies of the same request, as two requests of their own. */
	private List<MvcResult> sendTwice(Supplier<RequestBuilder> copy, Arrival arrival) throws Exception {
		if (arrival == Arrival.ONE_AFTER_THE_OTHER) {
			return List.of(mvc.perform(copy.get()).andReturn(), mvc.perform(copy.get()).andReturn());
		}
		clock.meetInClock(2);
		RequestBuilder firstCopy = copy.get();
		RequestBuilder secondCopy = copy.get();
		Future<MvcResult> first = phones.submit(() -> mvc.perform(firstCopy).andReturn());
		Future<MvcResult> second = phones.submit(() -> mvc.perform(secondCopy).andReturn());
		return List.of(first.get(), second.get());
	}

	private static void assertBothAnsweredWith(List<MvcResult> answers, String redirect) {
		for (MvcResult answer : answers) {
			assertThat(answer.getResponse().getStatus()).as("status").isEqualTo(302);
			assertThat(answer.getResponse().getRedirectedUrl()).isEqualTo(redirect);
		}
	}

}

package drydock.workitem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

import drydock.testing.DrydockWebTest;
import drydock.testing.HtmlForm;
import drydock.testing.SignedIn;
import drydock.testing.TestPhotos;

/**
 * Crew members on different phones submitting at the same moment each get their item: no one
 * is refused because someone else took the number their save had chosen.
 */
class ConcurrentSubmissionsTest extends DrydockWebTest {

	private static final List<String> CREW = List.of("DP", "AL", "Kaitlyn", "Mark", "Art", "Zach");

	private final ExecutorService phones = Executors.newFixedThreadPool(CREW.size());

	@AfterEach
	void closePhones() {
		phones.shutdownNow();
	}

	@Test
	void submissionsWithoutANumberAtTheSameMomentEachGetADraftNumberOfTheirOwn() throws Exception {
		String description = "Blank number " + UUID.randomUUID();
		List<RequestBuilder> submissions = new ArrayList<>();
		for (String member : CREW) {
			var crew = SignedIn.crew(member);
			submissions.add(HtmlForm.of(open("/crew/submit", crew), "/crew/submit")
				.set("location", "Cargo hold")
				.set("description", description)
				.set("detail", "Seen by " + member)
				.post(crew, TestPhotos.part("photos", TestPhotos.unique())));
		}

		List<MvcResult> answers = sendTogether(submissions);

		List<String> numbers = jdbc.sql("SELECT item_number FROM work_items WHERE description = ?")
			.param(description)
			.query(String.class)
			.list();
		assertThat(numbers).hasSize(CREW.size()).doesNotHaveDuplicates().allMatch(number -> number.startsWith("DRAFT_"));
		assertThat(answers).extracting(answer -> answer.getResponse().getRedirectedUrl())
			.containsExactlyInAnyOrderElementsOf(numbers.stream().map(n -> "/crew/success?item_number=" + n).toList());
	}

	@Test
	void twoSubmissionsOfTheSameNewNumberAtOnceBothLandOnThatItem() throws Exception {
		String number = "77" + (System.nanoTime() % 100_000);
		List<RequestBuilder> submissions = new ArrayList<>();
		for (String member : List.of("Kaitlyn", "DP")) {
			var crew = SignedIn.crew(member);
			submissions.add(HtmlForm.of(open("/crew/submit", crew), "/crew/submit")
				.set("item_number", number)
				.set("location", "Bow thruster room")
				.set("description", "Thruster seal")
				.set("detail", "Weeping oil")
				.set("photo_captions", "From " + member)
				.post(crew, TestPhotos.part("photos", TestPhotos.unique())));
		}

		List<MvcResult> answers = sendTogether(submissions);

		assertThat(answers).extracting(answer -> answer.getResponse().getRedirectedUrl())
			.containsOnly("/crew/success?item_number=" + number);
		Integer item = jdbc.sql("SELECT id FROM work_items WHERE item_number = ?").param(number).query(Integer.class).single();
		assertThat(photos(item)).extracting(photo -> photo.get("caption"))
			.containsExactlyInAnyOrder("From Kaitlyn", "From DP");
	}

	/** Every request at once, all inside their transactions before any of them saves. */
	private List<MvcResult> sendTogether(List<RequestBuilder> requests) throws Exception {
		clock.meetInClock(requests.size());
		List<Future<MvcResult>> sent = new ArrayList<>();
		for (RequestBuilder request : requests) {
			sent.add(phones.submit(() -> mvc.perform(request).andReturn()));
		}
		List<MvcResult> answers = new ArrayList<>();
		for (Future<MvcResult> answer : sent) {
			answers.add(answer.get());
		}
		return answers;
	}

}

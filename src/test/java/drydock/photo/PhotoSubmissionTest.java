package drydock.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import drydock.photo.PhotoCorpus.Row;
import drydock.testing.DrydockWebTest;
import drydock.testing.RequiredServices;
import drydock.testing.SignedIn;
import drydock.testing.TestPhotos;

/**
 * The crew form with photos, through the whole application and whichever processor it
 * chose (libvips where it is installed): what is stored and what is refused.
 */
class PhotoSubmissionTest extends DrydockWebTest {

	private static final PhotoCorpus CORPUS = PhotoCorpus.load();

	@Autowired
	PhotoIntake intake;

	@Test
	void aSubmissionWithOneDamagedPhotoAmongGoodOnesIsRefusedWholeKeepingTheOtherFields() throws Exception {
		byte[] damaged = Arrays.copyOf(corpusBytes("jpeg-progressive.jpg"), 200_000);
		List<String> filesBefore = uploadedFiles();
		int itemsBefore = items();

		Document form = answer(submission().file(photo("deck.jpg", corpusBytes("jpeg-orient1-landscape.jpg")))
			.file(photo("hull.jpg", damaged))
			.file(photo("crane.png", corpusBytes("png-palette-256.png")))
			.param("photo_captions", "Deck plating, port side", "Hull, frame 66", "Crane boom"),
				HttpStatus.UNPROCESSABLE_CONTENT);

		assertThat(uploadedFiles()).isEqualTo(filesBefore);
		assertThat(items()).isEqualTo(itemsBefore);
		assertThat(form.select(".alert-error").text()).contains("hull.jpg").contains("Nothing was saved");
		assertThat(form.select("#location").val()).isEqualTo("Main deck, frame 70");
		assertThat(form.select("#description").text()).isEqualTo("Corroded plating by the crane");
		assertThat(form.select("#detail").text()).isEqualTo("Crop and renew 2 m² of plating.");
		assertThat(form.select("#references").text()).isEqualTo("Drawing 110-3");
		assertThat(form.select("input[name=photo_captions]").eachAttr("value")).startsWith("Deck plating, port side",
				"Hull, frame 66", "Crane boom");
	}

	/**
	 * Files whose header libvips reads but whose pixels it cannot decode (libheif fails on the
	 * truncated HEIC): each refuses its submission, and the photo workers go on with the next one.
	 */
	@Test
	void aPhotoLibvipsFailsOnRefusesItsSubmissionAndTheNextIsServed() throws Exception {
		RequiredServices.assumeAvailable("libvips", intake.processorDescription().startsWith("libvips"),
				"Debian: apt-get install libvips42; the application chose " + intake.processorDescription());
		byte[] truncatedHeic = corpusBytes("heic-truncated.heic");
		for (int round = 1; round <= 5; round++) {
			List<String> filesBefore = uploadedFiles();
			int itemsBefore = items();

			Document refused = answer(submission().file(photo("deck.jpg", TestPhotos.unique()))
				.file(photo("IMG_" + round + ".HEIC", truncatedHeic))
				.param("photo_captions", "Deck", "Hull"), HttpStatus.UNPROCESSABLE_CONTENT);

			assertThat(refused.select(".alert-error").text()).contains("IMG_" + round + ".HEIC")
				.contains("damaged or truncated")
				.contains("Nothing was saved");
			assertThat(uploadedFiles()).isEqualTo(filesBefore);
			assertThat(items()).isEqualTo(itemsBefore);
			MvcResult next = mvc.perform(submission().file(photo("deck.jpg", TestPhotos.unique()))
				.param("photo_captions", "Deck")).andReturn();
			assertThat(next.getResponse().getRedirectedUrl()).startsWith("/crew/success?item_number=");
			assertThat(items()).isEqualTo(itemsBefore + 1);
		}
	}

	@ParameterizedTest
	@MethodSource("refusedRows")
	void aRefusedPhotoGivesItsStatusAndLeavesNothingBehind(Row row) throws Exception {
		boolean readsHeic = intake.processorDescription().startsWith("libvips");
		boolean heic = PhotoType.detect(CORPUS.bytes(row)) == PhotoType.HEIC;
		HttpStatus status = heic && !readsHeic ? HttpStatus.UNSUPPORTED_MEDIA_TYPE
				: HttpStatus.valueOf(row.expectation(photoProperties.maxPixels()).status());
		List<String> filesBefore = uploadedFiles();
		int itemsBefore = items();

		Document page = answer(submission().file(photo(row.file(), CORPUS.bytes(row))), status);

		assertThat(uploadedFiles()).isEqualTo(filesBefore);
		assertThat(items()).isEqualTo(itemsBefore);
		assertThat(page.select(".alert-error").text()).contains(row.file());
	}

	/** The corpus photos every processor refuses. */
	static Stream<Row> refusedRows() {
		long maxPixels = PhotoCorpusTests.properties().maxPixels();
		return CORPUS.rows().stream().filter(row -> !row.expectation(maxPixels).accepted());
	}

	@Test
	void anAcceptedPhotoIsStoredAsAnUprightDisplayImageAndAThumbnail() throws Exception {
		MvcResult saved = mvc.perform(submission().file(photo("IMG_0042.JPG", corpusBytes("jpeg-orient6-gps-12mp.jpg")))
			.param("photo_captions", "Bow thruster exhaust")).andReturn();
		assertThat(saved.getResponse().getRedirectedUrl()).startsWith("/crew/success?item_number=");

		Map<String, Object> stored = jdbc.sql("SELECT filename, width, height, thumbnail_filename, thumbnail_width,"
				+ " thumbnail_height FROM photos WHERE caption = 'Bow thruster exhaust'").query().singleRow();
		assertThat(stored).containsEntry("width", 576)
			.containsEntry("height", 768)
			.containsEntry("thumbnail_width", 225)
			.containsEntry("thumbnail_height", 300);
		for (String file : List.of((String) stored.get("filename"), (String) stored.get("thumbnail_filename"))) {
			byte[] jpeg = Files.readAllBytes(photoProperties.uploadFolder().resolve(file));
			assertThat(JpegSegments.read(jpeg).hasMetadata()).as("%s carries no metadata", file).isFalse();
		}
	}

	private static MockMultipartHttpServletRequestBuilder submission() {
		MockMultipartHttpServletRequestBuilder request = multipart("/crew/submit");
		request.param("item_number", "")
			.param("location", "Main deck, frame 70")
			.param("description", "Corroded plating by the crane")
			.param("detail", "Crop and renew 2 m² of plating.")
			.param("references", "Drawing 110-3")
			.with(SignedIn.crew("DP"))
			.with(csrf());
		return request;
	}

	private static MockMultipartFile photo(String name, byte[] bytes) {
		return new MockMultipartFile("photos", name, "application/octet-stream", bytes);
	}

	private static byte[] corpusBytes(String file) {
		return CORPUS.bytes(CORPUS.row(file));
	}

	private int items() {
		return jdbc.sql("SELECT COUNT(*) FROM work_items").query(Integer.class).single();
	}

}

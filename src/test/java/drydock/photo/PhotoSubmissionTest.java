package drydock.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import drydock.photo.PhotoCorpus.Row;
import drydock.testing.DrydockWebTest;
import drydock.testing.SignedIn;

/**
 * The crew form with photos, through the whole application: what is stored, what is
 * refused, what is served. Runs the pure-Java processor, so it runs everywhere; the
 * corpus tests cover libvips.
 */
@TestPropertySource(properties = "drydock.photos.processor=imageio")
class PhotoSubmissionTest extends DrydockWebTest {

	private static final PhotoCorpus CORPUS = PhotoCorpus.load();

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

	@ParameterizedTest
	@MethodSource("refusedRows")
	void aRefusedPhotoGivesItsStatusAndLeavesNothingBehind(Row row, HttpStatus status) throws Exception {
		List<String> filesBefore = uploadedFiles();
		int itemsBefore = items();

		Document page = answer(submission().file(photo(row.file(), CORPUS.bytes(row))), status);

		assertThat(uploadedFiles()).isEqualTo(filesBefore);
		assertThat(items()).isEqualTo(itemsBefore);
		assertThat(page.select(".alert-error").text()).contains(row.file());
	}

	static Stream<Arguments> refusedRows() {
		long maxPixels = PhotoCorpusTests.properties().maxPixels();
		return CORPUS.rows().stream().flatMap(row -> {
			if (PhotoType.detect(CORPUS.bytes(row)) == PhotoType.HEIC) {
				return Stream.of(Arguments.of(row, HttpStatus.UNSUPPORTED_MEDIA_TYPE));
			}
			PhotoCorpus.Expectation expected = row.expectation(maxPixels);
			return expected.accepted() ? Stream.empty() : Stream.of(Arguments.of(row, HttpStatus.valueOf(expected.status())));
		});
	}

	@Test
	void anAcceptedPhotoIsStoredAndServedToSignedInUsersOnlyWithLongCaching() throws Exception {
		List<String> filesBefore = uploadedFiles();

		MvcResult saved = mvc.perform(submission().file(photo("IMG_0042.JPG", corpusBytes("jpeg-orient6-gps-12mp.jpg")))
			.param("photo_captions", "Bow thruster exhaust")).andReturn();
		assertThat(saved.getResponse().getRedirectedUrl()).startsWith("/crew/success?item_number=");

		Map<String, Object> stored = jdbc.sql("SELECT filename, width, height, thumbnail_filename, thumbnail_width,"
				+ " thumbnail_height FROM photos WHERE caption = 'Bow thruster exhaust'").query().singleRow();
		assertThat(stored).containsEntry("width", 576)
			.containsEntry("height", 768)
			.containsEntry("thumbnail_width", 225)
			.containsEntry("thumbnail_height", 300);
		String display = (String) stored.get("filename");
		assertThat(uploadedFiles()).containsAll(filesBefore)
			.contains(display, (String) stored.get("thumbnail_filename"))
			.hasSize(filesBefore.size() + 2);

		MvcResult served = mvc.perform(get("/uploads/" + display).with(SignedIn.crew("DP"))).andReturn();
		assertThat(served.getResponse().getStatus()).isEqualTo(200);
		assertThat(served.getResponse().getContentType()).isEqualTo("image/jpeg");
		assertThat(served.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).contains("private")
			.contains("max-age=31536000")
			.contains("immutable");
		assertThat(served.getResponse().getContentAsByteArray())
			.isEqualTo(Files.readAllBytes(uploads().resolve(display)));
		String etag = served.getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(etag).isNotBlank();

		MvcResult revalidated = mvc
			.perform(get("/uploads/" + display).with(SignedIn.crew("AL")).header(HttpHeaders.IF_NONE_MATCH, etag))
			.andReturn();
		assertThat(revalidated.getResponse().getStatus()).isEqualTo(304);
		assertThat(revalidated.getResponse().getContentAsByteArray()).isEmpty();
		MvcResult stranger = mvc.perform(get("/uploads/" + display)).andReturn();
		assertThat(stranger.getResponse().getStatus()).isEqualTo(302);
		assertThat(stranger.getResponse().getRedirectedUrl()).isEqualTo("/crew-login");
		assertThat(stranger.getResponse().getContentAsByteArray()).isEmpty();
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

	private Path uploads() {
		return photoProperties.uploadFolder();
	}

	private List<String> uploadedFiles() {
		try (Stream<Path> files = Files.list(uploads())) {
			return files.map(path -> path.getFileName().toString()).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

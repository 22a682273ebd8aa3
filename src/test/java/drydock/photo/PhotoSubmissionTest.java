package drydock.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import drydock.photo.PhotoCorpus.Row;

/**
 * The crew form with photos, through the whole application: what is stored, what is
 * refused, what is served. Runs the pure-Java processor, so it runs everywhere; the
 * corpus tests cover libvips.
 */
@TestPropertySource(properties = "drydock.photos.processor=imageio")
class PhotoSubmissionTest extends PhotoApplicationTests {

	@Test
	void aSubmissionWithOneDamagedPhotoAmongGoodOnesIsRefusedWholeKeepingTheOtherFields() throws Exception {
		byte[] good = corpusBytes("jpeg-orient1-landscape.jpg");
		byte[] damaged = Arrays.copyOf(corpusBytes("jpeg-progressive.jpg"), 200_000);
		List<String> filesBefore = uploadedFiles();
		int itemsBefore = count("work_items");

		MvcResult result = mvc
			.perform(submission().file(photo("deck.jpg", good))
				.file(photo("hull.jpg", damaged))
				.file(photo("crane.png", corpusBytes("png-palette-256.png")))
				.param("photo_captions", "Deck plating, port side", "Hull, frame 66", "Crane boom"))
			.andExpect(status().isUnprocessableContent())
			.andReturn();

		assertThat(uploadedFiles()).isEqualTo(filesBefore);
		assertThat(count("work_items")).isEqualTo(itemsBefore);
		Document form = Jsoup.parse(result.getResponse().getContentAsString());
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
	void aRefusedPhotoGivesItsStatusAndLeavesNothingBehind(Row row, int status) throws Exception {
		List<String> filesBefore = uploadedFiles();
		int itemsBefore = count("work_items");

		MvcResult result = mvc.perform(submission().file(photo(row.file(), CORPUS.bytes(row))))
			.andExpect(status().is(status))
			.andReturn();

		assertThat(uploadedFiles()).isEqualTo(filesBefore);
		assertThat(count("work_items")).isEqualTo(itemsBefore);
		assertThat(Jsoup.parse(result.getResponse().getContentAsString()).select(".alert-error").text())
			.contains(row.file());
	}

	static Stream<Arguments> refusedRows() {
		long maxPixels = PhotoCorpusTests.properties().maxPixels();
		return CORPUS.rows().stream().flatMap(row -> {
			boolean heic = PhotoType.detect(CORPUS.bytes(row)) == PhotoType.HEIC;
			PhotoCorpus.Expectation expected = row.expectation(maxPixels);
			int status = heic ? 415 : expected.status();
			return expected.accepted() && !heic ? Stream.empty()
					: Stream.of(Arguments.of(row, status));
		});
	}

	@Test
	void anAcceptedPhotoIsStoredAndServedToSignedInUsersOnlyWithLongCaching() throws Exception {
		List<String> filesBefore = uploadedFiles();

		mvc.perform(submission().file(photo("IMG_0042.JPG", corpusBytes("jpeg-orient6-gps-12mp.jpg")))
			.param("photo_captions", "Bow thruster exhaust"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern("/crew/success?item_number=*"));

		var stored = jdbc.queryForMap("SELECT filename, width, height, thumbnail_filename, thumbnail_width, thumbnail_height"
				+ " FROM photos WHERE caption = 'Bow thruster exhaust'");
		assertThat(stored).containsEntry("width", 576).containsEntry("height", 768).containsEntry("thumbnail_width", 225)
			.containsEntry("thumbnail_height", 300);
		String display = (String) stored.get("filename");
		assertThat(uploadedFiles()).containsAll(filesBefore)
			.contains(display, (String) stored.get("thumbnail_filename"))
			.hasSize(filesBefore.size() + 2);

		MvcResult served = mvc.perform(get("/uploads/" + display).with(authentication(crew("DP"))))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, "image/jpeg"))
			.andReturn();
		assertThat(served.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).contains("private")
			.contains("max-age=31536000")
			.contains("immutable");
		assertThat(served.getResponse().getContentAsByteArray())
			.isEqualTo(Files.readAllBytes(uploads().resolve(display)));
		String etag = served.getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(etag).isNotBlank();

		mvc.perform(get("/uploads/" + display).with(authentication(crew("DP"))).header(HttpHeaders.IF_NONE_MATCH, etag))
			.andExpect(status().isNotModified());
		MvcResult stranger = mvc.perform(get("/uploads/" + display))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/crew-login"))
			.andReturn();
		assertThat(stranger.getResponse().getContentAsByteArray()).isEmpty();
	}

	private static MockMultipartHttpServletRequestBuilder submission() {
		MockMultipartHttpServletRequestBuilder request = multipart("/crew/submit");
		request.param("item_number", "")
			.param("location", "Main deck, frame 70")
			.param("description", "Corroded plating by the crane")
			.param("detail", "Crop and renew 2 m² of plating.")
			.param("references", "Drawing 110-3")
			.with(authentication(crew("DP")))
			.with(csrf());
		return request;
	}

	private static MockMultipartFile photo(String name, byte[] bytes) {
		return new MockMultipartFile("photos", name, "application/octet-stream", bytes);
	}

}

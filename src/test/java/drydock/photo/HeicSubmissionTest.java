package drydock.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;

/** An iPhone's HEIC and a JPEG sent together through the crew form, with libvips. */
@TestPropertySource(properties = "drydock.photos.processor=libvips")
class HeicSubmissionTest extends PhotoApplicationTests {

	@Autowired
	PhotoIntake intake;

	@BeforeAll
	static void libvipsIsInstalled() {
		VipsProcessors.create(PhotoCorpusTests.properties());
	}

	@Test
	void aHeicAndAJpegAreStoredUprightAs576WideJpegs() throws Exception {
		assertThat(intake.processorDescription()).startsWith("libvips");
		mvc.perform(multipart("/crew/submit").file(photo("IMG_4512.HEIC", "heic-iphone8plus-irot-exif6.heic"))
			.file(photo("IMG_4513.JPG", "jpeg-orient6-landscape.jpg"))
			.param("location", "Steering gear room")
			.param("description", "Steering cylinder seals")
			.param("detail", "Rebuild both cylinders.")
			.param("photo_captions", "Arrow", "Labels")
			.with(authentication(crew("AL")))
			.with(csrf())).andExpect(status().isFound());

		List<Map<String, Object>> photos = jdbc
			.queryForList("SELECT caption, width, height, thumbnail_width, thumbnail_height FROM photos ORDER BY id");
		assertThat(photos).extracting(row -> row.get("caption") + " " + row.get("width") + "x" + row.get("height") + " "
				+ row.get("thumbnail_width") + "x" + row.get("thumbnail_height"))
			.containsExactly("Arrow 576x768 225x300", "Labels 576x384 300x200");
	}

	private static MockMultipartFile photo(String name, String corpusFile) {
		return new MockMultipartFile("photos", name, "application/octet-stream", corpusBytes(corpusFile));
	}

}

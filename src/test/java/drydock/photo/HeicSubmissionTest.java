package drydock.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.UriComponentsBuilder;

import drydock.testing.DrydockWebTest;
import drydock.testing.RequiredServices;
import drydock.testing.SignedIn;
import drydock.testing.TestPhotos;

/**
 * An iPhone's HEIC and a JPEG sent together through the crew form: the application chose
 * libvips, where it is installed (skipped elsewhere, failing in CI).
 */
class HeicSubmissionTest extends DrydockWebTest {

	@Autowired
	PhotoIntake intake;

	@Test
	void aHeicAndAJpegAreStoredUprightAs576WideJpegs() throws Exception {
		RequiredServices.assumeAvailable("libvips", intake.processorDescription().startsWith("libvips"),
				"Debian: apt-get install libvips42; the application chose " + intake.processorDescription());
		MvcResult saved = mvc.perform(multipart("/crew/submit")
			.file(photo("IMG_4512.HEIC", "heic-iphone8plus-irot-exif6.heic"))
			.file(photo("IMG_4513.JPG", "jpeg-orient6-landscape.jpg"))
			.param("location", "Steering gear room")
			.param("description", "Steering cylinder seals")
			.param("detail", "Rebuild both cylinders.")
			.param("photo_captions", "Arrow", "Labels")
			.with(SignedIn.crew("AL"))
			.with(csrf())).andReturn();

		String itemNumber = UriComponentsBuilder.fromUriString(saved.getResponse().getRedirectedUrl())
			.build()
			.getQueryParams()
			.getFirst("item_number");
		assertThat(jdbc.sql("SELECT caption || ' ' || width || 'x' || height || ' ' || thumbnail_width || 'x' ||"
				+ " thumbnail_height FROM photos JOIN work_items w ON w.id = work_item_id WHERE w.item_number = ?"
				+ " ORDER BY photos.id").param(itemNumber).query(String.class).list())
			.containsExactly("Arrow 576x768 225x300", "Labels 576x384 300x200");
	}

	private static MockMultipartFile photo(String name, String testImage) {
		return new MockMultipartFile("photos", name, "application/octet-stream", TestPhotos.resource(testImage));
	}

}

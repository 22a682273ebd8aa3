package drydock.photo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

import drydock.browser.Browser;
import drydock.testing.DrydockWebTest;
import drydock.testing.RequiredServices;

/**
 * The crew forms on a phone in Chromium: a phone photo is previewed, shrunk and turned
 * upright in the browser, sent with a progress bar and stored upright; a refusal shows
 * the server's page in place, with the fields kept; the edit page's new photos too.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@DirtiesContext
class PhotoUploadBrowserTest extends DrydockWebTest {

	private static final PhotoCorpus CORPUS = PhotoCorpus.load();

	@TempDir
	static Path profiles;

	@LocalServerPort
	int port;

	@BeforeEach
	void chromiumIsInstalled() {
		RequiredServices.assumeAvailable("Chromium (" + Browser.CHROMIUM + ") with chromedriver (" + Browser.CHROMEDRIVER
				+ ")", Browser.installed(), "apt-get install chromium chromium-driver, or set CHROME_BINARY and CHROMEDRIVER");
	}

	@Test
	void aPhonePhotoIsShrunkUprightInTheBrowserAndStoredUpright() throws Exception {
		PhotoCorpus.Row phonePhoto = CORPUS.row("jpeg-orient6-gps-12mp.jpg");
		try (Browser phone = signedInPhone("shrink")) {
			fillIn(phone, "Bow thruster room");
			phone.attach("photo-1", CORPUS.path(phonePhoto));
			phone.type("caption-1", "Exhaust insulation");

			phone.find(By.cssSelector(".photo-preview img"));
			// Stored 4032x3024 with EXIF orientation 6: upright, it is a portrait photo.
			assertThat(phone.script("var image = document.querySelector('.photo-preview img');"
					+ " return image.naturalWidth + 'x' + image.naturalHeight;")).isEqualTo("1536x2048");
			assertThat(phone.find(By.cssSelector(".photo-preview figcaption")).getText())
				.matches("jpeg-orient6-gps-12mp\\.jpg: 3\\.6 MB, sent as \\d{2,3} kB");

			phone.press("Submit work item");
			phone.waitForPath("/crew/success");
		}
		String display = jdbc.sql("SELECT filename FROM photos WHERE caption = 'Exhaust insulation'")
			.query(String.class)
			.single();
		byte[] stored = Files.readAllBytes(photoProperties.uploadFolder().resolve(display));
		ProcessedPhoto direct = new ImageIoPhotoProcessor(PhotoCorpusTests.properties()).process(phonePhoto.file(),
				CORPUS.bytes(phonePhoto));
		assertThat(CellMeans.decode(stored).getWidth()).isEqualTo(576);
		assertThat(CellMeans.decode(stored).getHeight()).isEqualTo(768);
		assertThat(CellMeans.of(stored).distance(CellMeans.of(direct.display().jpeg())))
			.as("the photo the browser sent against the original processed on the server")
			.isLessThan(PhotoCorpusTests.SAME_PICTURE);
	}

	@Test
	void aRefusedPhotoShowsTheReasonInPlaceWithTheFieldsKept() throws Exception {
		try (Browser phone = signedInPhone("refuse")) {
			fillIn(phone, "Galley");
			phone.attach("photo-1", CORPUS.path(CORPUS.row("text-renamed.jpg")));
			assertThat(phone.find(By.cssSelector(".photo-preview figcaption")).getText()).endsWith("sent as it is");

			phone.script("window.beforeSending = true;");
			phone.press("Submit work item");

			assertThat(phone.find(By.cssSelector(".alert-error")).getText()).contains("text-renamed.jpg")
				.contains("Nothing was saved");
			assertThat(phone.path()).isEqualTo("/crew/submit");
			assertThat(phone.script("return window.beforeSending === true;")).as("shown in place, no new page loaded")
				.isEqualTo(true);
			assertThat(phone.find(By.id("location")).getDomProperty("value")).isEqualTo("Galley");
			// The page shown in place is enhanced again: its form sends with a progress bar too.
			assertThat(phone.script("return document.querySelectorAll('form[data-photo-upload] .upload-progress').length;"))
				.isEqualTo(1L);
		}
	}

	@Test
	void aPhotoAddedOnTheEditPageIsShrunkAndKeepsItsCaption() throws Exception {
		int id = submitItem("Kaitlyn");
		assign(id, "Needs Revision", "Kaitlyn", "Add a photo of the flange.");
		try (Browser phone = signedInPhone("edit")) {
			phone.open("/crew/edit/" + id);
			// The second slot, the first left empty: the caption must still go with this photo.
			phone.attach("new-photo-2", CORPUS.path(CORPUS.row("jpeg-orient6-landscape.jpg")));
			phone.type("new-caption-2", "Flange, valve 3");
			assertThat(phone.find(By.cssSelector(".photo-preview figcaption")).getText()).contains("sent as");
			phone.press("Save and send back for review");
			phone.waitForPath("/crew/success");
		}
		assertThat(jdbc.sql("SELECT caption || ' ' || width || 'x' || height FROM photos WHERE work_item_id = ?")
			.param(id)
			.query(String.class)
			.list()).containsExactly("Flange, valve 3 576x384");
	}

	private Browser signedInPhone(String profile) throws Exception {
		Browser phone = Browser.phone("http://localhost:" + port, Files.createDirectory(profiles.resolve(profile)),
				new AtomicInteger());
		phone.open("/crew-login");
		phone.choose("crew_name", "Kaitlyn");
		phone.type("password", CREW_PASSWORD);
		phone.press("Sign in");
		phone.waitForPath("/crew/submit");
		return phone;
	}

	private static void fillIn(Browser phone, String location) {
		phone.type("location", location);
		phone.type("description", "Insulation worn through");
		phone.type("detail", "Renew the lagging on the exhaust.");
	}

}

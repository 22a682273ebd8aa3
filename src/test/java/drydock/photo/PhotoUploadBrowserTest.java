package drydock.photo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import drydock.testing.RequiredServices;

/**
 * The crew form in Chromium: a phone photo is previewed, shrunk and turned upright in the
 * browser, sent with a progress bar, and stored upright; a refusal shows the server's page
 * in place with the fields kept.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "drydock.photos.processor=imageio")
class PhotoUploadBrowserTest extends PhotoApplicationTests {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	@TempDir
	static Path browserProfile;

	static WebDriver browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() {
		RequiredServices.assumeAvailable("Chromium", Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Debian: apt-get install chromium chromium-driver");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--user-data-dir=" + browserProfile);
		browser = new ChromeDriver(
				new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(), options);
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@BeforeEach
	void signIn() {
		browser.manage().deleteAllCookies();
		browser.get(url("/crew-login"));
		new Select(browser.findElement(By.id("crew_name"))).selectByValue("Kaitlyn");
		browser.findElement(By.id("password")).sendKeys(CREW_PASSWORD);
		browser.findElement(By.cssSelector("form button[type=submit]")).click();
		waitUpTo(10).until(ExpectedConditions.urlContains("/crew/submit"));
	}

	@Test
	void aPhonePhotoIsShrunkUprightInTheBrowserAndStoredUpright() throws Exception {
		PhotoCorpus.Row phonePhoto = CORPUS.row("jpeg-orient6-gps-12mp.jpg");
		fillIn("Bow thruster room");
		browser.findElement(By.id("photo-1")).sendKeys(CORPUS.path(phonePhoto).toAbsolutePath().toString());
		browser.findElement(By.id("caption-1")).sendKeys("Exhaust insulation");

		WebElement preview = waitUpTo(20)
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".photo-preview img")));
		Object size = ((JavascriptExecutor) browser)
			.executeScript("var image = arguments[0]; return image.naturalWidth + 'x' + image.naturalHeight;", preview);
		// Stored 4032x3024 with EXIF orientation 6: upright it is a portrait photo.
		assertThat(size).isEqualTo("1536x2048");
		String caption = browser.findElement(By.cssSelector(".photo-preview figcaption")).getText();
		assertThat(caption).matches("jpeg-orient6-gps-12mp\\.jpg: 3\\.6 MB, sent as \\d{2,3} kB");

		browser.findElement(By.cssSelector("form[data-photo-upload] button[type=submit]")).click();
		waitUpTo(30).until(ExpectedConditions.urlContains("/crew/success"));

		String display = jdbc.queryForObject("SELECT filename FROM photos WHERE caption = 'Exhaust insulation'",
				String.class);
		byte[] stored = Files.readAllBytes(uploads().resolve(display));
		ProcessedPhoto direct = new ImageIoPhotoProcessor(PhotoCorpusTests.properties()).process(phonePhoto.file(),
				CORPUS.bytes(phonePhoto));
		assertThat(CellMeans.decode(stored).getWidth()).isEqualTo(576);
		assertThat(CellMeans.decode(stored).getHeight()).isEqualTo(768);
		assertThat(CellMeans.of(stored).distance(CellMeans.of(direct.display().jpeg())))
			.as("the photo sent by the browser against the original processed on the server")
			.isLessThan(PhotoCorpusTests.SAME_PICTURE);
	}

	@Test
	void aRefusedPhotoShowsTheReasonInPlaceWithTheFieldsKept() {
		fillIn("Galley");
		browser.findElement(By.id("photo-1"))
			.sendKeys(CORPUS.path(CORPUS.row("text-renamed.jpg")).toAbsolutePath().toString());
		waitUpTo(10).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".photo-preview figcaption"),
				"sent as it is"));

		((JavascriptExecutor) browser).executeScript("window.beforeSending = true;");
		browser.findElement(By.cssSelector("form[data-photo-upload] button[type=submit]")).click();

		WebElement alert = waitUpTo(20).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert-error")));
		assertThat(alert.getText()).contains("text-renamed.jpg").contains("Nothing was saved");
		assertThat(browser.getCurrentUrl()).endsWith("/crew/submit");
		assertThat(((JavascriptExecutor) browser).executeScript("return window.beforeSending === true;"))
			.as("shown in place, without loading a new page")
			.isEqualTo(true);
		assertThat(browser.findElement(By.id("location")).getAttribute("value")).isEqualTo("Galley");
		// The page shown in place is enhanced again: its form sends with a progress bar too.
		assertThat(browser.findElements(By.cssSelector("form[data-photo-upload] .upload-progress"))).hasSize(1);
	}

	private void fillIn(String location) {
		browser.get(url("/crew/submit"));
		browser.findElement(By.id("location")).sendKeys(location);
		browser.findElement(By.id("description")).sendKeys("Insulation worn through");
		browser.findElement(By.id("detail")).sendKeys("Renew the lagging on the exhaust.");
	}

	private static WebDriverWait waitUpTo(int seconds) {
		return new WebDriverWait(browser, Duration.ofSeconds(seconds));
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}

package drydock.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One Chromium session driven through Debian's chromedriver: a phone-sized or desktop window
 * on the application under test, with the few actions the browser tests need. Every page it
 * is asked to record is saved as a full-page PNG under {@code target/screenshots/} and checked
 * for sideways scrolling, which a person would notice first on a phone.
 */
public final class Browser implements AutoCloseable {

	public static final Path CHROMIUM = Path.of(setting("CHROME_BINARY", "/usr/bin/chromium"));

	public static final Path CHROMEDRIVER = Path.of(setting("CHROMEDRIVER", "/usr/bin/chromedriver"));

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final int PHONE_WIDTH = 390;

	private static final int DESKTOP_WIDTH = 1366;

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private final String name;

	/** The window's width in CSS pixels, which every page is laid out for. */
	private final int width;

	private final String baseUrl;

	private final AtomicInteger shots;

	private final ChromeDriverService service;

	private final ChromeDriver driver;

	private final WebDriverWait wait;

	private Browser(String name, int width, String baseUrl, Path profile, AtomicInteger shots, ChromeOptions options) {
		this.name = name;
		this.width = width;
		this.baseUrl = baseUrl;
		this.shots = shots;
		// An explicit driver and browser binary: Selenium Manager has nothing to look up or download.
		this.service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--user-data-dir=" + profile);
		try {
			this.driver = new ChromeDriver(service, options);
		}
		catch (RuntimeException ex) {
			service.stop();
			throw ex;
		}
		this.wait = new WebDriverWait(driver, PATIENCE);
	}

	public static boolean installed() {
		return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
	}

	/**
	 * A phone's screen, 390 by 844 CSS pixels at twice the density, with touch: Chromium's own
	 * device emulation, since a headless window is never narrower than 500 pixels.
	 */
	public static Browser phone(String baseUrl, Path profile, AtomicInteger shots) {
		ChromeOptions options = new ChromeOptions();
		options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
				Map.of("width", PHONE_WIDTH, "height", 844, "pixelRatio", 2.0, "mobile", true, "touch", true)));
		return new Browser("phone", PHONE_WIDTH, baseUrl, profile, shots, options);
	}

	static Browser desktop(String baseUrl, Path profile, AtomicInteger shots) {
		ChromeOptions options = new ChromeOptions();
		options.addArguments("--window-size=" + DESKTOP_WIDTH + ",900", "--force-device-scale-factor=1");
		return new Browser("desktop", DESKTOP_WIDTH, baseUrl, profile, shots, options);
	}

	public void open(String path) {
		driver.get(baseUrl + path);
	}

	public String path() {
		return URI.create(driver.getCurrentUrl()).getPath();
	}

	String query() {
		return URI.create(driver.getCurrentUrl()).getQuery();
	}

	public WebElement find(By by) {
		return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
	}

	List<WebElement> all(By by) {
		return driver.findElements(by);
	}

	boolean has(By by) {
		return !driver.findElements(by).isEmpty();
	}

	public void type(String id, String text) {
		WebElement field = find(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	public void choose(String selectId, String visibleText) {
		new Select(find(By.id(selectId))).selectByVisibleText(visibleText);
	}

	/** A file input accepts the file's absolute path typed into it, as if picked in the file chooser. */
	public void attach(String inputId, Path file) {
		driver.findElement(By.id(inputId)).sendKeys(file.toAbsolutePath().toString());
	}

	public void press(String buttonText) {
		wait.until(ExpectedConditions.elementToBeClickable(button(buttonText))).click();
	}

	void follow(String linkText) {
		wait.until(ExpectedConditions.elementToBeClickable(By.linkText(linkText))).click();
	}

	/**
	 * Waits for the browser to arrive at a page, however it was got there: a form post, or a
	 * script that uploads the form and then follows the answer's redirect.
	 */
	public void waitForPath(String path) {
		wait.until(page -> path().equals(path) && "complete".equals(script("return document.readyState")));
	}

	void waitForPathStartingWith(String prefix) {
		wait.until(page -> path().startsWith(prefix) && "complete".equals(script("return document.readyState")));
	}

	String heading() {
		return find(By.tagName("h1")).getText();
	}

	/** The section of the page under a second-level heading, such as "Your items". */
	WebElement section(String heading) {
		return find(By.xpath("//section[h2[normalize-space()='" + heading + "']]"));
	}

	/**
	 * Lets every image of the page load, those marked to load lazily included (they would be
	 * fetched on scrolling to them), and returns the addresses of any that did not.
	 */
	List<String> brokenImages() {
		script("document.querySelectorAll('img[loading=lazy]').forEach(img => img.loading = 'eager')");
		wait.until(page -> Boolean.TRUE.equals(script("return [...document.images].every(img => img.complete)")));
		@SuppressWarnings("unchecked")
		List<String> broken = (List<String>) script(
				"return [...document.images].filter(img => img.naturalWidth === 0).map(img => img.src)");
		return broken;
	}

	/**
	 * Records the page as {@code NN-<browser>-<step>.png} and checks what a person would see
	 * wrong at a glance: pictures that do not show, a page not laid out for the window's width
	 * or wider than it. The picture is taken first, so a page that fails can be looked at.
	 */
	void record(String step) {
		screenshot(step);
		assertThat(brokenImages()).as("images that do not show on %s in the %s", path(), this).isEmpty();
		int scrollWidth = ((Number) script("return document.documentElement.scrollWidth")).intValue();
		int windowWidth = ((Number) script("return window.innerWidth")).intValue();
		assertThat(windowWidth).as("layout width of %s in the %s (a phone shrinks pages without a viewport tag)",
				path(), this).isEqualTo(width);
		assertThat(scrollWidth).as("width of %s in the %s (it scrolls sideways)", path(), this)
			.isLessThanOrEqualTo(windowWidth);
	}

	/** A picture of the whole page, not only the part in the window, so one file shows one page. */
	void screenshot(String step) {
		try {
			brokenImages();
		}
		catch (RuntimeException ex) {
			// Images still loading are for the assertions to report; the picture is still worth having.
		}
		@SuppressWarnings("unchecked")
		Map<String, Object> metrics = (Map<String, Object>) driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
		@SuppressWarnings("unchecked")
		Map<String, Number> size = (Map<String, Number>) metrics.get("cssContentSize");
		Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", Math.max(size.get("width").doubleValue(), width),
				"height", size.get("height").doubleValue(), "scale", 1);
		Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
		Path file = SCREENSHOTS.resolve("%02d-%s-%s.png".formatted(shots.incrementAndGet(), name, step));
		try {
			Files.createDirectories(SCREENSHOTS);
			Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public Object script(String javascript) {
		return ((JavascriptExecutor) driver).executeScript(javascript);
	}

	@Override
	public void close() {
		try {
			driver.quit();
		}
		finally {
			service.stop();
		}
	}

	private static By button(String text) {
		return By.xpath("//button[normalize-space()='" + text + "']");
	}

	private static String setting(String variable, String fallback) {
		String value = System.getenv(variable);
		return value == null || value.isBlank() ? fallback : value;
	}

	@Override
	public String toString() {
		return name + " browser";
	}

}

package drydock.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import drydock.testing.RequiredServices;
import drydock.workitem.FormTokens;
import drydock.workitem.WorkItemForm;
import drydock.workitem.WorkItemService;

/**
 * The review loop as people go through it in Chromium: a crew member on a phone submits an
 * item with photos, an admin at a desk finds it, sends it back with notes, the crew member
 * fixes it and resubmits, the admin completes it. Each page visited is saved under
 * {@code target/screenshots/}, numbered in the order of the steps.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "DATABASE_URL=", "drydock.access.crew-members=DP,AL,Kaitlyn,Mark",
				"drydock.access.crew-password=" + ReviewLoopBrowserTest.CREW_PASSWORD,
				"drydock.access.admin-username=" + ReviewLoopBrowserTest.ADMIN,
				"drydock.access.admin-password=" + ReviewLoopBrowserTest.ADMIN_PASSWORD, "drydock.photos.max-count=6",
				"drydock.notify.enabled=false" })
@DirtiesContext
class ReviewLoopBrowserTest {

	static final String CREW_PASSWORD = "crew-password-for-browser-tests";

	static final String ADMIN = "admin";

	static final String ADMIN_PASSWORD = "admin-password-for-browser-tests";

	private static final String CREW_MEMBER = "Kaitlyn";

	private static final String ITEM_NUMBER = "0502";

	private static final String DESCRIPTION = "Deck crane slewing ring weeping hydraulic oil";

	private static final String SEARCH_WORD = "slewing";

	private static final String NOTES = "Add the crane's serial number and a close-up of the seal.";

	private static final String REVISED_DETAIL = "Oil film on the slewing ring seal after every lift. "
			+ "Crane serial DC-4471.";

	private static final String REVISED_CAPTION = "Seal close-up, port side";

	@TempDir
	static Path scratch;

	@DynamicPropertySource
	static void dataFolder(DynamicPropertyRegistry registry) {
		Path data = scratch.resolve("data");
		registry.add("drydock.data-dir", data::toString);
		registry.add("drydock.photos.upload-folder", () -> data.resolve("uploads").toString());
		// The application's H2 settings, pointed at the throw-away folder whatever the environment says.
		registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + data.resolve("drydock")
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
	}

	@LocalServerPort
	int port;

	@Autowired
	WorkItemService workItems;

	private final AtomicInteger shots = new AtomicInteger();

	@Test
	void crewOnAPhoneAndAnAdminAtADeskTakeAnItemThroughReview() throws Exception {
		// Checked here rather than before all tests, where Surefire would drop the skip and its reason from the report.
		RequiredServices.assumeAvailable(
				"Chromium (" + Browser.CHROMIUM + ") with chromedriver (" + Browser.CHROMEDRIVER + ")", Browser.installed(),
				"apt-get install chromium chromium-driver, or set CHROME_BINARY and CHROMEDRIVER");
		FileSystemUtils.deleteRecursively(Browser.SCREENSHOTS.toFile());
		// Someone else's item, so the admin's search has something to leave out.
		workItems.submit("Mark", new WorkItemForm("0701", "Aft main deck", "GMS foundation welds need grinding flush",
				"Frames 60 to 64.", ""), List.of(), FormTokens.issue());
		String baseUrl = "http://localhost:" + port;
		try (Browser phone = Browser.phone(baseUrl, Files.createDirectory(scratch.resolve("phone")), shots);
				Browser desktop = Browser.desktop(baseUrl, Files.createDirectory(scratch.resolve("desktop")), shots)) {
			try {
				crewSignsIn(phone);
				crewSubmitsAnItemWithThreePhotos(phone);
				crewSeesTheItemUnderYourItems(phone);
				adminSignsIn(desktop);
				int id = adminFindsTheItemBySearching(desktop);
				adminSendsItBackForRevision(desktop);
				crewRevisesAndResubmits(phone, id);
				adminCompletesTheReview(desktop, id);
				crewCanNoLongerEdit(phone, id);
			}
			catch (Throwable failure) {
				recordFailure(phone, failure);
				recordFailure(desktop, failure);
				throw failure;
			}
		}
	}

	private void crewSignsIn(Browser phone) {
		phone.open("/");
		phone.waitForPath("/crew-login");
		assertThat(phone.heading()).isEqualTo("Crew sign-in");
		phone.record("crew-sign-in");
		phone.choose("crew_name", CREW_MEMBER);
		phone.type("password", CREW_PASSWORD);
		phone.press("Sign in");
		phone.waitForPath("/crew/submit");
		assertThat(phone.find(By.className("who")).getText()).isEqualTo(CREW_MEMBER);
		assertThat(phone.section("Your items").getText()).contains("You have not submitted any items yet.");
		phone.record("crew-home-empty");
	}

	private void crewSubmitsAnItemWithThreePhotos(Browser phone) throws URISyntaxException {
		phone.type("item_number", ITEM_NUMBER);
		phone.type("location", "Main deck, crane pedestal");
		phone.type("description", DESCRIPTION);
		phone.type("detail", "Oil film on the slewing ring seal after every lift.");
		phone.type("references", "Crane manual ch. 7");
		String[] photos = { "jpeg-orient6-landscape.jpg", "jpeg-small-320x240.jpg", "png-rgba-alpha.png" };
		String[] captions = { "Slewing ring from the pedestal ladder", "Seal, port side", "Drip tray under the crane" };
		for (int slot = 1; slot <= photos.length; slot++) {
			phone.attach("photo-" + slot, testImage(photos[slot - 1]));
			phone.type("caption-" + slot, captions[slot - 1]);
		}
		phone.record("crew-form-filled");
		phone.press("Submit work item");
		phone.waitForPath("/crew/success");
		assertThat(phone.heading()).isEqualTo("Thank you");
		assertThat(phone.find(By.cssSelector("[role=status]")).getText())
			.isEqualTo("Work item " + ITEM_NUMBER + " was saved.");
		phone.record("crew-submitted");
	}

	private void crewSeesTheItemUnderYourItems(Browser phone) {
		phone.follow("Submit another item");
		phone.waitForPath("/crew/submit");
		WebElement mine = phone.section("Your items");
		assertThat(mine.getText()).contains(ITEM_NUMBER + " — " + DESCRIPTION, "Submitted", "3 photo(s)");
		assertThat(phone.has(By.xpath("//h2[normalize-space()='Sent back to you']"))).isFalse();
		phone.record("crew-home-with-item");
	}

	private void adminSignsIn(Browser desktop) {
		desktop.open("/admin/dashboard");
		desktop.waitForPath("/admin-login");
		desktop.record("admin-sign-in");
		desktop.type("username", ADMIN);
		desktop.type("password", ADMIN_PASSWORD);
		desktop.press("Sign in");
		desktop.waitForPath("/admin/dashboard");
		assertThat(desktop.find(By.id("showing")).getText()).isEqualTo("Showing 1 to 2 of 2 work items");
		desktop.record("admin-dashboard");
	}

	/** Returns the item's id, read from the address of its page. */
	private int adminFindsTheItemBySearching(Browser desktop) {
		desktop.type("search", SEARCH_WORD);
		desktop.press("Apply");
		desktop.waitForPath("/admin/dashboard");
		assertThat(desktop.query()).contains("search=" + SEARCH_WORD);
		assertThat(desktop.find(By.id("showing")).getText()).isEqualTo("Showing 1 to 1 of 1 work items");
		List<WebElement> rows = desktop.all(By.cssSelector("table.items tbody tr"));
		assertThat(rows).hasSize(1);
		assertThat(rows.getFirst().getText()).contains(ITEM_NUMBER, DESCRIPTION, CREW_MEMBER, "Submitted");
		assertThat(rows.getFirst().findElements(By.cssSelector(".tiles img"))).as("photo thumbnails").hasSize(3);
		desktop.record("admin-search-results");
		desktop.follow(ITEM_NUMBER);
		desktop.waitForPathStartingWith("/admin/view/");
		assertThat(desktop.heading()).isEqualTo("Item " + ITEM_NUMBER);
		assertThat(desktop.all(By.cssSelector(".gallery .caption"))).extracting(WebElement::getText)
			.containsExactly("Slewing ring from the pedestal ladder", "Seal, port side", "Drip tray under the crane");
		desktop.record("admin-item");
		return Integer.parseInt(desktop.path().substring("/admin/view/".length()));
	}

	private void adminSendsItBackForRevision(Browser desktop) {
		desktop.choose("assign-status", "Needs Revision");
		desktop.choose("assigned_to", CREW_MEMBER);
		desktop.type("revision_notes", NOTES);
		desktop.press("Save assignment");
		desktop.find(By.xpath("//*[@role='status' and normalize-space()='Assignment saved.']"));
		String fields = desktop.find(By.cssSelector("dl.fields")).getText();
		assertThat(fields).contains("Needs Revision", "assigned to " + CREW_MEMBER);
		assertThat(desktop.find(By.cssSelector(".alert-warning")).getText()).isEqualTo("Revision notes: " + NOTES);
		desktop.record("admin-assigned-back");
	}

	private void crewRevisesAndResubmits(Browser phone, int id) {
		phone.open("/crew/submit");
		WebElement sentBack = phone.section("Sent back to you");
		assertThat(sentBack.getText()).contains(ITEM_NUMBER + " — " + DESCRIPTION, "Needs Revision");
		phone.record("crew-home-sent-back");
		sentBack.findElement(By.partialLinkText(ITEM_NUMBER)).click();
		phone.waitForPath("/crew/view/" + id);
		assertThat(phone.find(By.cssSelector(".alert-warning")).getText()).isEqualTo("Revision notes: " + NOTES);
		phone.record("crew-item-needs-revision");

		phone.follow("Edit this item");
		phone.waitForPath("/crew/edit/" + id);
		assertThat(phone.find(By.cssSelector(".alert-warning")).getText()).isEqualTo("What to change: " + NOTES);
		phone.type("detail", REVISED_DETAIL);
		WebElement secondCaption = phone.all(By.name("photo_captions[]")).get(1);
		assertThat(secondCaption.getDomProperty("value")).isEqualTo("Seal, port side");
		secondCaption.clear();
		secondCaption.sendKeys(REVISED_CAPTION);
		assertThat(phone.all(By.cssSelector(".delete-list img"))).as("thumbnails beside the Delete photo buttons")
			.extracting(WebElement::getSize)
			.allSatisfy(size -> assertThat(size.getWidth()).isEqualTo(64));
		phone.record("crew-edit");
		phone.press("Save and send back for review");
		phone.waitForPath("/crew/success");
		assertThat(phone.find(By.cssSelector("[role=status]")).getText())
			.isEqualTo("Work item " + ITEM_NUMBER + " was saved.");
		phone.record("crew-resubmitted");

		phone.open("/crew/view/" + id);
		assertThat(phone.find(By.cssSelector("dl.fields")).getText()).contains(REVISED_DETAIL, "Submitted");
		assertThat(phone.has(By.cssSelector(".alert-warning"))).as("revision notes cleared").isFalse();
		assertThat(phone.all(By.cssSelector(".gallery .caption"))).extracting(WebElement::getText)
			.containsExactly("Slewing ring from the pedestal ladder", REVISED_CAPTION, "Drip tray under the crane");
		phone.record("crew-item-resubmitted");
	}

	private void adminCompletesTheReview(Browser desktop, int id) {
		desktop.open("/admin/view/" + id);
		assertThat(desktop.find(By.cssSelector("dl.fields")).getText()).contains(REVISED_DETAIL);
		desktop.choose("status-only", "Completed Review");
		desktop.press("Set status");
		desktop.find(By.xpath("//*[@role='status' and normalize-space()='Status saved.']"));
		assertThat(desktop.find(By.cssSelector("dl.fields")).getText()).contains("Completed Review");
		List<String> history = desktop.all(By.cssSelector("#history ol.timeline > li"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(history).hasSize(4);
		assertThat(history.get(0)).contains(CREW_MEMBER + ": created as Submitted");
		assertThat(history.get(1)).contains(ADMIN + ": Submitted → Needs Revision", NOTES);
		assertThat(history.get(2)).contains(CREW_MEMBER + ": Needs Revision → Submitted", "Resubmitted after revision");
		assertThat(history.get(3)).contains(ADMIN + ": Submitted → Completed Review");
		desktop.record("admin-completed-history");
	}

	private void crewCanNoLongerEdit(Browser phone, int id) {
		phone.open("/crew/view/" + id);
		assertThat(phone.find(By.cssSelector("dl.fields")).getText()).contains("Completed Review");
		assertThat(phone.has(By.linkText("Edit this item"))).as("edit link on a completed item").isFalse();
		assertThat(phone.all(By.cssSelector("ol.timeline > li"))).as("history shown to crew").hasSize(4);
		phone.record("crew-item-completed");
		phone.open("/crew/edit/" + id);
		assertThat(phone.heading()).isEqualTo("403 Forbidden");
		assertThat(phone.find(By.tagName("main")).getText())
			.contains("Item " + ITEM_NUMBER + " has completed review and can no longer be changed.");
		assertThat(phone.find(By.className("who")).getText()).as("who is signed in, shown on the refusal")
			.isEqualTo(CREW_MEMBER);
		phone.record("crew-edit-refused");
		phone.press("Sign out");
		phone.waitForPath("/crew-login");
	}

	private static void recordFailure(Browser browser, Throwable failure) {
		try {
			browser.screenshot("failure");
		}
		catch (RuntimeException ex) {
			failure.addSuppressed(ex);
		}
	}

	private static Path testImage(String name) throws URISyntaxException {
		return Path.of(ReviewLoopBrowserTest.class.getResource("/images/" + name).toURI());
	}

}

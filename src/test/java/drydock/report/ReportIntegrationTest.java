package drydock.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import drydock.testing.DrydockWebTest;
import drydock.testing.SignedIn;
import drydock.testing.WorkItemRows;

/**
 * The report tests on the shared application context. Tests add their own items, under
 * numbers of their own, so they never depend on one another's rows.
 */
abstract class ReportIntegrationTest extends DrydockWebTest {

	/** Display photos in the shared upload folder, under names no other test uses. */
	static final String PHOTO_320X240 = "report-test-320x240.jpg";

	static final String PHOTO_576X432 = "report-test-576x432.jpg";

	@Autowired
	DocumentProperties documents;

	WorkItemRows rows;

	@BeforeEach
	void photosInTheUploadFolder() throws IOException {
		rows = new WorkItemRows(jdbc);
		copy("/images/jpeg-small-320x240.jpg", photoProperties.uploadFolder().resolve(PHOTO_320X240));
		copy("/legacy/uploads/7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d.jpg", photoProperties.uploadFolder().resolve(PHOTO_576X432));
	}

	static RequestPostProcessor admin() {
		return SignedIn.admin(ADMIN);
	}

	static RequestPostProcessor crew() {
		return SignedIn.crew("DP");
	}

	/** A text unique to one test, to put in item numbers and descriptions it can search for. */
	static String unique(String prefix) {
		return prefix + UUID.randomUUID().toString().substring(0, 8);
	}

	Path backups() {
		return documents.backupFolder();
	}

	/** An item by DP with a two-line detail and references ("OFM for" its number). */
	int insertItem(String itemNumber, String location, String description, String status, LocalDateTime submittedAt) {
		int id = rows.insert(WorkItemRows.item(itemNumber)
			.location(location)
			.description(description)
			.detail("Detail of " + itemNumber + "\nsecond line")
			.status(status)
			.submittedAt(submittedAt));
		jdbc.sql("UPDATE work_items SET \"references\" = :references WHERE id = :id")
			.param("references", "OFM for " + itemNumber)
			.param("id", id)
			.update();
		return id;
	}

	void addPhoto(int itemId, String fileName, String caption) {
		rows.addPhoto(itemId, fileName, caption);
	}

	private static void copy(String resource, Path target) throws IOException {
		if (Files.exists(target)) {
			return;
		}
		Files.createDirectories(target.getParent());
		try (InputStream in = ReportIntegrationTest.class.getResourceAsStream(resource)) {
			Files.copy(in, target);
		}
	}

}

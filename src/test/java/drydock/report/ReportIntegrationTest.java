package drydock.report;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.FileSystemUtils;

import drydock.security.Role;
import drydock.security.SignedInUser;

/**
 * The whole application on an in-memory H2 database and a temporary data folder, shared by
 * the report tests (one Spring context). Tests add their own items, each under numbers of
 * its own, so they never depend on one another's rows.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class ReportIntegrationTest {

	/** Display photos as the Flask app and Drydock store them: hex names. */
	static final String PHOTO_320X240 = "0123456789abcdef0123456789abcdef.jpg";

	static final String PHOTO_576X432 = "fedcba9876543210fedcba9876543210.jpg";

	static final Path DATA_DIR = dataFolderWithPhotos();

	static final Path BACKUPS = DATA_DIR.resolve("generated_docs");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("drydock.data-dir", DATA_DIR::toString);
		registry.add("spring.datasource.url", () -> "jdbc:h2:mem:report-tests;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
				+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
		registry.add("drydock.access.admin-password", () -> "admin-password-for-tests");
		registry.add("drydock.access.crew-password", () -> "crew-password-for-tests");
	}

	static RequestPostProcessor admin() {
		return signedIn(new SignedInUser("admin", Role.ADMIN));
	}

	static RequestPostProcessor crew() {
		return signedIn(new SignedInUser("DP", Role.CREW));
	}

	private static RequestPostProcessor signedIn(SignedInUser user) {
		return authentication(new UsernamePasswordAuthenticationToken(user, null,
				List.of(new SimpleGrantedAuthority(user.role().authority()))));
	}

	/** A text unique to one test, to put in item numbers and descriptions it can search for. */
	static String unique(String prefix) {
		return prefix + UUID.randomUUID().toString().substring(0, 8);
	}

	int insertItem(String itemNumber, String location, String description, String status, LocalDateTime submittedAt) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO work_items (item_number, location, ns_equipment, description, detail, \"references\", "
				+ "submitter_name, submitted_at, status, needs_revision) "
				+ "VALUES (:number, :location, 'N/A', :description, :detail, :references, 'DP', :at, :status, FALSE)")
			.param("number", itemNumber)
			.param("location", location)
			.param("description", description)
			.param("detail", "Detail of " + itemNumber + "\nsecond line")
			.param("references", "OFM for " + itemNumber)
			.param("at", submittedAt)
			.param("status", status)
			.update(key, "id");
		return key.getKeyAs(Integer.class);
	}

	void addPhoto(int itemId, String fileName, String caption) {
		jdbc.sql("INSERT INTO photos (filename, caption, work_item_id) VALUES (:file, :caption, :item)")
			.param("file", fileName)
			.param("caption", caption)
			.param("item", itemId)
			.update();
	}

	private static Path dataFolderWithPhotos() {
		try {
			Path folder = Files.createTempDirectory("drydock-report-tests");
			Runtime.getRuntime().addShutdownHook(new Thread(() -> FileSystemUtils.deleteRecursively(folder.toFile())));
			Path uploads = Files.createDirectories(folder.resolve("uploads"));
			copy("/images/jpeg-small-320x240.jpg", uploads.resolve(PHOTO_320X240));
			copy("/legacy/uploads/7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d.jpg", uploads.resolve(PHOTO_576X432));
			return folder;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void copy(String resource, Path target) throws IOException {
		try (InputStream in = ReportIntegrationTest.class.getResourceAsStream(resource)) {
			Files.copy(in, target);
		}
	}

}

package drydock.workitem;

import static drydock.testing.WorkItemRows.item;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.annotation.Transactional;

import drydock.testing.DrydockWebTest;
import drydock.testing.SignedIn;
import drydock.testing.WorkItemRows;
import drydock.workitem.PhotoFileReport.MissingFile;
import drydock.workitem.PhotoFileReport.OrphanFile;

/**
 * The photo file check on a folder of its own, against rows written in the test's own
 * transaction (rolled back after each test): what it reports on the admin page and as a command.
 * Each subclass runs these on one database.
 */
@Transactional
abstract class PhotoFileCheckTests extends DrydockWebTest {

	private static final Path FOLDER = Path.of("target", "test-data", "file-check-" + UUID.randomUUID()).toAbsolutePath();

	/** The check's default grace period: files younger than this without a row are a submission in progress. */
	private static final Duration GRACE = Duration.ofMinutes(15);

	@DynamicPropertySource
	static void ownFolder(DynamicPropertyRegistry registry) {
		registry.add("drydock.photos.upload-folder", FOLDER::toString);
	}

	@Autowired
	private PhotoFileCheck check;

	@Autowired
	private ConfigurableApplicationContext context;

	private WorkItemRows rows;

	private Instant now;

	@BeforeEach
	void startWithNothing() throws IOException {
		rows = new WorkItemRows(jdbc);
		rows.deleteAll();
		try (Stream<Path> entries = Files.walk(FOLDER)) {
			entries.sorted(Comparator.reverseOrder()).filter(path -> !path.equals(FOLDER)).forEach(path -> path.toFile().delete());
		}
		now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		clock.set(now);
	}

	@Test
	void rowsWithTheirFilesAreConsistentAndAFileSharedByTwoRowsOrAFlaskRowCounts() throws Exception {
		int pump = rows.insert(item("0101"));
		int valve = rows.insert(item("0102"));
		photo(pump, file("aaaa.jpg", 60), file("aaaa_t.jpg", 60));
		photo(valve, "aaaa.jpg", "aaaa_t.jpg");
		rows.addPhoto(valve, file("0f9a1c2e3d4b5a6978877665544332211.png", 60), "Flask photo, no thumbnail");
		Files.createDirectory(FOLDER.resolve("exports"));
		Files.writeString(FOLDER.resolve("README.txt"), "not a photo");

		PhotoFileReport report = check.run(10);

		assertThat(report.consistent()).isTrue();
		assertThat(report.rowsChecked()).isEqualTo(3);
		assertThat(report.filesChecked()).isEqualTo(3);
		assertThat(report.passedOver()).as("a folder and a text file are left alone").isEqualTo(2);
		assertThat(report.missing()).isEmpty();
		assertThat(report.orphans()).isEmpty();
	}

	@Test
	void aMissingDisplayImageAndAMissingThumbnailAreEachNamedWithTheirItemAndPhoto() throws Exception {
		int pump = rows.insert(item("0101"));
		int noThumbnail = photo(pump, file("bbbb.jpg", 60), "bbbb_t.jpg");
		int noDisplay = photo(pump, "cccc.jpg", file("cccc_t.jpg", 60));

		PhotoFileReport report = check.run(10);

		assertThat(report.consistent()).isFalse();
		assertThat(report.missingCount()).isEqualTo(2);
		assertThat(report.missing()).containsExactlyInAnyOrder(new MissingFile(pump, "0101", noThumbnail, "bbbb_t.jpg", true),
				new MissingFile(pump, "0101", noDisplay, "cccc.jpg", false));
		assertThat(report.orphanCount()).isZero();
	}

	@Test
	void aFileWithoutARowIsAnOrphanOnlyOnceOlderThanTheGracePeriod() throws Exception {
		int pump = rows.insert(item("0101"));
		photo(pump, file("dddd.jpg", 60), file("dddd_t.jpg", 60));
		file("eeee.jpg", GRACE.toMinutes() + 1);
		// Written a minute ago by a submission that has not committed its rows yet.
		file("ffff.jpg", 1);

		PhotoFileReport report = check.run(10);

		assertThat(report.orphans()).containsExactly(new OrphanFile("eeee.jpg", now.minus(GRACE.plusMinutes(1))));
		assertThat(report.orphanCount()).isEqualTo(1);
		assertThat(report.recentUnreferenced()).isEqualTo(1);
		assertThat(report.consistent()).isFalse();
	}

	@Test
	void theListsStopAtTheLimitWhileTheCountsCoverEverything() throws Exception {
		int pump = rows.insert(item("0101"));
		for (int i = 0; i < 5; i++) {
			photo(pump, "gone" + i + ".jpg", "gone" + i + "_t.jpg");
			file("lost" + i + ".jpg", 60);
		}

		PhotoFileReport report = check.run(3);

		assertThat(report.missing()).hasSize(3);
		assertThat(report.missingCount()).isEqualTo(10);
		assertThat(report.orphans()).hasSize(3);
		assertThat(report.orphanCount()).isEqualTo(5);
	}

	@Test
	void theAdminPageShowsTheCountsAndTheFirstOfEachList() throws Exception {
		int pump = rows.insert(item("0101"));
		int missing = photo(pump, "hhhh.jpg", file("hhhh_t.jpg", 60));
		file("iiii.jpg", 60);

		Document page = open("/admin/consistency", SignedIn.admin(ADMIN));

		assertThat(page.select("#verdict").text()).isEqualTo("Not consistent");
		assertThat(page.select("#rows-checked").text()).isEqualTo("1");
		assertThat(page.select("#missing-count").text()).isEqualTo("1");
		assertThat(page.select("#orphan-count").text()).isEqualTo("1");
		assertThat(page.select("#missing tbody tr").eachText())
			.containsExactly("0101 " + missing + " hhhh.jpg display image");
		assertThat(page.select("#missing a").attr("href")).isEqualTo("/admin/view/" + pump);
		assertThat(page.select("#orphans tbody tr td:first-child").eachText()).containsExactly("iiii.jpg");
		assertThat(open("/admin/performance", SignedIn.admin(ADMIN)).select("a[href=/admin/consistency]")).hasSize(1);
	}

	@Test
	void theCommandExitsWithZeroWhenConsistentAndOneWhenNot() throws Exception {
		int pump = rows.insert(item("0101"));
		photo(pump, file("jjjj.jpg", 60), file("jjjj_t.jpg", 60));
		ByteArrayOutputStream consistent = new ByteArrayOutputStream();

		assertThat(command().report(new PrintStream(consistent, true, StandardCharsets.UTF_8))).isZero();
		assertThat(consistent.toString(StandardCharsets.UTF_8)).startsWith("CONSISTENT: 1 photo rows, 2 photo files;");

		file("kkkk.jpg", 60);
		ByteArrayOutputStream orphaned = new ByteArrayOutputStream();
		assertThat(command().report(new PrintStream(orphaned, true, StandardCharsets.UTF_8))).isEqualTo(1);
		assertThat(orphaned.toString(StandardCharsets.UTF_8)).contains("orphan   kkkk.jpg")
			.contains("NOT CONSISTENT: 1 photo rows, 3 photo files; 0 missing, 1 without a row");
	}

	/** The command as {@code --drydock.check-files} runs it, without its exit. */
	private PhotoFileCheckCommand command() {
		return new PhotoFileCheckCommand(check, context);
	}

	/** A photo row with these files, which the test may or may not have written. */
	private int photo(int itemId, String display, String thumbnail) {
		var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
		jdbc.sql("INSERT INTO photos (filename, thumbnail_filename, caption, work_item_id) VALUES (?, ?, 'c', ?)")
			.params(display, thumbnail, itemId)
			.update(keys, "id");
		return keys.getKeyAs(Integer.class);
	}

	/** Writes a file into the folder, last written {@code minutesAgo}; returns its name. */
	private String file(String name, long minutesAgo) throws IOException {
		Path path = Files.write(FOLDER.resolve(name), new byte[] { (byte) 0xFF, (byte) 0xD8 });
		Files.setLastModifiedTime(path, FileTime.from(now.minus(Duration.ofMinutes(minutesAgo))));
		return name;
	}

}

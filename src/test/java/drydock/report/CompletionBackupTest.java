package drydock.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.function.BooleanSupplier;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import drydock.workitem.WorkflowStatuses;

class CompletionBackupTest extends ReportIntegrationTest {

	private static final Duration PATIENCE = Duration.ofSeconds(20);

	@Test
	void completingAnItemWritesItsDocumentToTheBackupFolderAndSaysSoOnItsPage() throws Exception {
		String number = unique("C");
		int id = insertItem(number, "Galley", "Reseal the hood", "In Review by DP", LocalDateTime.now());
		addPhoto(id, PHOTO_576X432, "Hood seam");
		Path backup = backups().resolve("work-item-" + id + ".docx");

		changeStatusOnItemPage(id, WorkflowStatuses.COMPLETED_REVIEW);

		awaitTrue(() -> backupRecorded(id));
		DocxReader docx = DocxReader.read(Files.readAllBytes(backup));
		assertThat(docx.texts()).contains("Item NO.: " + number, "Reseal the hood", "Photo 1 Caption: Hood seam");
		assertThat(docx.document().getAllPictures()).hasSize(1);
		try (var leftovers = Files.list(backups())) {
			assertThat(leftovers.map(path -> path.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
		}
		assertThat(backupStatusOnItemPage(id).text()).contains("Backup copy work-item-" + id + ".docx written");
	}

	@Test
	void aBackupFolderThatCannotBeWrittenShowsTheFailureWhileTheStatusChangeStands() throws Exception {
		int id = insertItem(unique("E"), "Mast", "Reband the wire runs", "Submitted", LocalDateTime.now());
		Path aside = backups().resolveSibling("generated_docs.aside");
		if (Files.exists(backups())) {
			Files.move(backups(), aside);
		}
		// A plain file where the folder should be: neither the folder nor the document can be made.
		Files.writeString(backups(), "not a folder");
		try {
			changeStatusOnItemPage(id, WorkflowStatuses.COMPLETED_REVIEW);

			assertThat(jdbc.sql("SELECT status FROM work_items WHERE id = :id").param("id", id).query(String.class).single())
				.isEqualTo(WorkflowStatuses.COMPLETED_REVIEW);
			awaitTrue(() -> backupRecorded(id));
			Element status = backupStatusOnItemPage(id);
			assertThat(status.hasClass("alert-error")).isTrue();
			assertThat(status.text()).contains("The backup copy could not be written", "The status change itself was saved");
		}
		finally {
			Files.delete(backups());
			if (Files.exists(aside)) {
				Files.move(aside, backups());
			}
		}
	}

	@Test
	void otherStatusChangesWriteNoBackup() throws Exception {
		int id = insertItem(unique("O"), "Bridge", "Gyro elements", "Submitted", LocalDateTime.now());

		changeStatusOnItemPage(id, "In Review by AL");
		// A completion afterwards is queued behind anything the first change could have queued.
		int completed = insertItem(unique("O"), "Bridge", "Gyro elements", "Submitted", LocalDateTime.now());
		changeStatusOnItemPage(completed, WorkflowStatuses.COMPLETED_REVIEW);
		awaitTrue(() -> backupRecorded(completed));

		assertThat(backupRecorded(id)).isFalse();
		assertThat(backups().resolve("work-item-" + id + ".docx")).doesNotExist();
		assertThat(backupStatusOnItemPage(id)).isNull();
	}

	/** What an admin does: the item page's "Status only" form; the change is saved and the page comes back. */
	private void changeStatusOnItemPage(int id, String newStatus) throws Exception {
		long version = jdbc.sql("SELECT version FROM work_items WHERE id = :id").param("id", id).query(Long.class).single();
		mvc.perform(post("/admin/update-status/" + id).with(admin())
			.with(csrf())
			.param("status", newStatus)
			.param("version", Long.toString(version)))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/view/" + id));
	}

	private boolean backupRecorded(int id) {
		return jdbc.sql("SELECT COUNT(*) FROM document_backups WHERE work_item_id = :id")
			.param("id", id)
			.query(Integer.class)
			.single() > 0;
	}

	private Element backupStatusOnItemPage(int id) throws Exception {
		String html = mvc.perform(get("/admin/view/" + id).with(admin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html).getElementById("backup-status");
	}

	private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("waited %s for the backup", PATIENCE).isLessThan(deadline);
			Thread.sleep(50);
		}
	}

}

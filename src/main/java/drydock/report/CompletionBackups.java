package drydock.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import drydock.workitem.WorkItemStatusChanged;

/**
 * When an item completes review, its document is written to the backup folder (the Flask
 * app's GENERATED_DOCS_FOLDER) once the change is committed, on a thread of its own so the
 * admin never waits for it; the outcome, failure included, is kept for the item's page.
 * The file is named after the item's id, never after user text, and replaced atomically.
 */
@Component
class CompletionBackups {

	private static final Logger log = LoggerFactory.getLogger(CompletionBackups.class);

	private static final int QUEUED_BACKUPS = 1000;

	private final WorkItemDocuments documents;

	private final BackupOutcomes outcomes;

	private final Path folder;

	private final Clock clock;

	/** One thread: backups are rare, and one at a time never races on an item's file or row. */
	private final ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
			new ArrayBlockingQueue<>(QUEUED_BACKUPS), Thread.ofPlatform().name("document-backup").daemon(true).factory());

	CompletionBackups(WorkItemDocuments documents, BackupOutcomes outcomes, DocumentProperties properties,
			Clock clock) {
		this.documents = documents;
		this.outcomes = outcomes;
		this.folder = properties.backupFolder().toAbsolutePath().normalize();
		this.clock = clock;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void onStatusChanged(WorkItemStatusChanged change) {
		if (!change.completed()) {
			return;
		}
		try {
			executor.execute(() -> backUp(change.itemId()));
		}
		catch (RejectedExecutionException ex) {
			log.error("No backup document for item {}: {} backups are already waiting", change.itemNumber(),
					QUEUED_BACKUPS);
		}
	}

	static String fileName(int itemId) {
		return "work-item-" + itemId + ".docx";
	}

	private void backUp(int itemId) {
		String fileName = fileName(itemId);
		try {
			Optional<RenderedDocument> document = documents.render(itemId);
			if (document.isEmpty()) {
				return; // deleted since it completed
			}
			write(document.get().content(), folder.resolve(fileName));
			record(DocumentBackup.written(itemId, fileName, LocalDateTime.now(clock)));
		}
		catch (IOException | RuntimeException ex) {
			log.error("The backup document of item {} could not be written to {}", itemId, folder, ex);
			record(DocumentBackup.failed(itemId, fileName, LocalDateTime.now(clock), ex.toString()));
		}
	}

	/** Whole or not at all: readers of the folder never see half a file. */
	private void write(ChunkedBytes content, Path target) throws IOException {
		Files.createDirectories(folder);
		Path temp = Files.createTempFile(folder, ".backup-", ".tmp");
		try {
			try (OutputStream out = Files.newOutputStream(temp)) {
				content.writeTo(out);
			}
			try {
				Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

	private void record(DocumentBackup outcome) {
		try {
			outcomes.record(outcome);
		}
		catch (RuntimeException ex) {
			log.error("The backup outcome of a work item could not be recorded", ex);
		}
	}

	@PreDestroy
	void shutdown() throws InterruptedException {
		executor.shutdown();
		executor.awaitTermination(10, TimeUnit.SECONDS);
	}

}

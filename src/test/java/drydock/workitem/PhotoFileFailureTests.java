package drydock.workitem;

import static drydock.testing.SignedIn.crew;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import drydock.photo.PhotoIntake;
import drydock.photo.PhotoNotStoredException;
import drydock.photo.PhotoStore;
import drydock.photo.PhotoUpload;
import drydock.photo.ProcessedPhoto;
import drydock.testing.DrydockWebTest;
import drydock.testing.TestPhotos;

/**
 * Failures injected while photo files are written or deleted: whatever fails, every photo
 * row keeps its files and no file is left without a row. Each subclass runs these on one
 * database.
 */
abstract class PhotoFileFailureTests extends DrydockWebTest {

	/** The real folder, made to fail on demand. */
	@MockitoSpyBean
	private PhotoStore store;

	@Autowired
	private WorkItemService workItems;

	@Autowired
	private PhotoIntake intake;

	@Autowired
	private PhotoFileTransaction photoFiles;

	@Autowired
	private PhotoRepository photoRows;

	@Autowired
	private PlatformTransactionManager transactionManager;

	/** Transactions that must be open at the same time as the test's own. */
	private final ExecutorService otherThreads = Executors.newCachedThreadPool();

	@AfterEach
	void stopOtherThreads() {
		otherThreads.shutdownNow();
	}

	@Test
	void aDiskFailureOnTheThirdPhotoOfACrewSubmissionLeavesNoFileAndNoRow() throws Exception {
		// Two photos' display images and thumbnails are written, then the third display image fails.
		doCallRealMethod().doCallRealMethod().doCallRealMethod().doCallRealMethod()
			.doThrow(new PhotoNotStoredException("third.jpg", new IOException("No space left on device")))
			.when(store).put(any(), any());
		Set<String> before = uploadFolder();

		var answer = answer(multipart("/crew/submit").file(TestPhotos.part("photos", TestPhotos.unique()))
			.file(TestPhotos.part("photos", TestPhotos.unique()))
			.file(TestPhotos.part("photos", TestPhotos.unique()))
			.param("item_number", "FAIL-1").param("location", "Pump room").param("description", "Seal")
			.param("detail", "Renew it.").param("references", "")
			.param("photo_captions", "one", "two", "three")
			.param("form_token", FormTokens.issue())
			.with(crew("DP")).with(csrf()), HttpStatus.SERVICE_UNAVAILABLE);

		assertThat(answer.select("[role=alert]").text()).isEqualTo("The photos could not be stored on the server, "
				+ "so nothing was saved; please choose your photos and send again.");
		assertThat(answer.select("#item_number").val()).as("input kept").isEqualTo("FAIL-1");
		assertThat(answer.select("#detail").text()).isEqualTo("Renew it.");
		assertThat(itemCount("FAIL-1")).isZero();
		assertThat(uploadFolder()).isEqualTo(before);
	}

	@Test
	void aDatabaseErrorAfterTheFilesOfASubmissionAreWrittenRemovesThem() {
		Set<String> before = uploadFolder();
		long items = itemCount(null);
		// The third caption is longer than its column: the insert fails once all files are written.
		List<PhotoAttachment> attachments = attach("one", "two", "x".repeat(501));

		assertThatThrownBy(() -> workItems.submit("DP", form(), attachments, FormTokens.issue()))
			.isInstanceOf(DataIntegrityViolationException.class);

		assertThat(itemCount(null)).isEqualTo(items);
		assertThat(uploadFolder()).isEqualTo(before);
	}

	@Test
	void aDatabaseErrorAfterTheFilesOfAnAdminEditAreWrittenRemovesThemAndKeepsTheItem() {
		int item = submitItem("AL", TestPhotos.unique());
		String itemBefore = state(item);
		Set<String> before = uploadFolder();
		ItemChanges changes = new ItemChanges(form(), java.util.Map.of(), attach("y".repeat(501)), version(item),
				FormTokens.issue());

		assertThatThrownBy(() -> workItems.editAsAdmin(item, changes, ADMIN))
			.isInstanceOf(DataIntegrityViolationException.class);

		assertThat(state(item)).isEqualTo(itemBefore);
		assertThat(uploadFolder()).isEqualTo(before);
	}

	@Test
	void aFailureAtCommitTimeRemovesTheFilesOfTheSubmission() {
		Set<String> before = uploadFolder();
		long items = itemCount(null);
		List<PhotoAttachment> attachments = attach("one", "two");
		TransactionTemplate outer = new TransactionTemplate(transactionManager);

		assertThatThrownBy(() -> outer.executeWithoutResult(status -> {
			workItems.submit("DP", form(), attachments, FormTokens.issue());
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void beforeCommit(boolean readOnly) {
					throw new IllegalStateException("the database went away at commit");
				}
			});
		})).hasMessageContaining("went away");

		assertThat(itemCount(null)).isEqualTo(items);
		assertThat(uploadFolder()).isEqualTo(before);
	}

	@Test
	void aRolledBackSubmissionKeepsTheFilesOfTheSamePictureSubmittedAtTheSameTime() throws Exception {
		int item = submitItem("AL");
		ProcessedPhoto picture = process(TestPhotos.unique());
		CountDownLatch firstWrote = new CountDownLatch(1);
		CountDownLatch secondWrote = new CountDownLatch(1);
		CountDownLatch firstRolledBack = new CountDownLatch(1);

		// The first writes the files, then rolls back while the second, which found them there, is still open.
		var first = CompletableFuture.runAsync(() -> separate().executeWithoutResult(status -> {
			photoFiles.write(picture);
			firstWrote.countDown();
			await(secondWrote);
			status.setRollbackOnly();
		}), otherThreads);
		var second = CompletableFuture.runAsync(() -> separate().executeWithoutResult(status -> {
			await(firstWrote);
			photoRows.save(new Photo(item, "same picture", photoFiles.write(picture)));
			secondWrote.countDown();
			await(firstRolledBack);
		}), otherThreads);
		first.get(30, TimeUnit.SECONDS);
		firstRolledBack.countDown();
		second.get(30, TimeUnit.SECONDS);

		assertThat(photoFiles(item)).hasSize(2).allMatch(this::fileExists);
	}

	@Test
	void aPhotoDeletedWhileTheSamePictureIsBeingSubmittedKeepsItsFiles() throws Exception {
		byte[] samePicture = TestPhotos.unique();
		int deleted = submitItem("AL", samePicture);
		int other = submitItem("DP");
		ProcessedPhoto picture = process(samePicture);
		CountDownLatch wrote = new CountDownLatch(1);
		CountDownLatch deletionCommitted = new CountDownLatch(1);

		var submission = CompletableFuture.runAsync(() -> separate().executeWithoutResult(status -> {
			PhotoFiles files = photoFiles.write(picture);
			wrote.countDown();
			await(deletionCommitted);
			photoRows.save(new Photo(other, "same picture", files));
		}), otherThreads);
		await(wrote);
		workItems.deletePhoto(deleted, (Integer) photos(deleted).getFirst().get("id"), ADMIN, false);
		deletionCommitted.countDown();
		submission.get(30, TimeUnit.SECONDS);

		assertThat(photos(deleted)).isEmpty();
		assertThat(photoFiles(other)).hasSize(2).allMatch(this::fileExists);
	}

	@Test
	void deletingAnItemThatRollsBackKeepsItsRowsAndFiles() {
		int item = submitItem("AL", TestPhotos.unique(), TestPhotos.unique());
		String before = state(item);

		assertThatThrownBy(() -> new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
			workItems.delete(item);
			throw new IllegalStateException("something after the deletion failed");
		})).hasMessageContaining("after the deletion");

		assertThat(state(item)).isEqualTo(before).doesNotContain("missing");
	}

	private List<PhotoAttachment> attach(String... captions) {
		List<ProcessedPhoto> processed = intake.processAll(
				Stream.of(captions).map(caption -> new PhotoUpload("photo.jpg", TestPhotos.unique())).toList());
		return java.util.stream.IntStream.range(0, captions.length)
			.mapToObj(i -> new PhotoAttachment(processed.get(i), captions[i]))
			.toList();
	}

	private ProcessedPhoto process(byte[] jpeg) {
		return intake.processAll(List.of(new PhotoUpload("photo.jpg", jpeg))).getFirst();
	}

	private static WorkItemForm form() {
		return new WorkItemForm("", "Engine room", "Leaking valve", "Valve 3 drips at the flange.", "");
	}

	private TransactionTemplate separate() {
		TransactionTemplate template = new TransactionTemplate(transactionManager);
		template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		return template;
	}

	private long itemCount(String itemNumber) {
		return itemNumber == null ? jdbc.sql("SELECT COUNT(*) FROM work_items").query(Long.class).single()
				: jdbc.sql("SELECT COUNT(*) FROM work_items WHERE item_number = ?").param(itemNumber).query(Long.class).single();
	}

	private Set<String> uploadFolder() {
		try (Stream<java.nio.file.Path> files = Files.list(photoProperties.uploadFolder())) {
			return files.map(file -> file.getFileName().toString()).collect(Collectors.toSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(30, TimeUnit.SECONDS)).as("the other transaction got there").isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}

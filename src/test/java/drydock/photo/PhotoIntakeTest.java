package drydock.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PhotoIntakeTest {

	private final ExecutorService workers = Executors.newFixedThreadPool(2,
			Thread.ofPlatform().name("photo-", 1).daemon(true).factory());

	@AfterEach
	void stopWorkers() {
		workers.shutdownNow();
	}

	@Test
	void photosOfOneSubmissionAreProcessedAtTheSameTimeOnPlatformThreads() throws Exception {
		CountDownLatch bothStarted = new CountDownLatch(2);
		Set<String> threads = ConcurrentHashMap.newKeySet();
		PhotoProcessor processor = processor((fileName, bytes) -> {
			threads.add((Thread.currentThread().isVirtual() ? "virtual " : "") + Thread.currentThread().getName());
			bothStarted.countDown();
			// Each photo waits for the other: processed one after the other, neither would finish.
			if (!bothStarted.await(10, TimeUnit.SECONDS)) {
				throw new IllegalStateException("the photos were not processed at the same time");
			}
			return made(fileName);
		});
		AtomicReference<List<ProcessedPhoto>> result = new AtomicReference<>();
		// From a virtual thread, the harder case: its carrier must never be the one running libvips.
		Thread request = Thread.ofVirtual()
			.start(() -> result.set(new PhotoIntake(processor, workers).processAll(uploads("a.jpg", "b.jpg"))));
		request.join(TimeUnit.SECONDS.toMillis(20));
		assertThat(result.get()).extracting(photo -> photo.display().width()).containsExactly(1, 2);
		assertThat(threads).hasSize(2).allMatch(name -> name.startsWith("photo-"));
	}

	@Test
	void theFirstRefusalRefusesTheSubmissionWithoutWaitingForTheOtherPhotos() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		PhotoProcessor processor = processor((fileName, bytes) -> {
			if (fileName.equals("bad.jpg")) {
				throw PhotoRejectedException.unreadable(fileName, "the image is damaged or truncated");
			}
			release.await();
			return made(fileName);
		});
		try {
			// slow.jpg is held until the end: waiting for it would never return.
			PhotoRejectedException refusal = assertTimeoutPreemptively(Duration.ofSeconds(20),
					() -> catchThrowableOfType(PhotoRejectedException.class, () -> new PhotoIntake(processor, workers)
						.processAll(uploads("slow.jpg", "bad.jpg", "later.jpg"))));
			assertThat(refusal.httpStatus()).isEqualTo(422);
			assertThat(refusal.fileName()).isEqualTo("bad.jpg");
		}
		finally {
			release.countDown();
		}
	}

	@Test
	void anEmptyFileIsRefusedAsDamaged() {
		PhotoProcessor processor = processor((fileName, bytes) -> made(fileName));
		PhotoRejectedException refusal = catchThrowableOfType(PhotoRejectedException.class,
				() -> new PhotoIntake(processor, workers).processAll(List.of(new PhotoUpload("empty.jpg", new byte[0]))));
		assertThat(refusal.httpStatus()).isEqualTo(422);
		assertThat(refusal.getMessage()).isEqualTo("empty.jpg: the file is empty");
	}

	@Test
	void libvipsRefusesToRunOnAVirtualThread() throws Exception {
		VipsPhotoProcessor vips = VipsProcessors.create(PhotoCorpusTests.properties());
		AtomicReference<Throwable> failure = new AtomicReference<>();
		Thread.ofVirtual().start(() -> {
			try {
				vips.process("photo.jpg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF });
			}
			catch (Throwable ex) {
				failure.set(ex);
			}
		}).join();
		assertThat(failure.get()).isInstanceOf(IllegalStateException.class).hasMessageContaining("platform threads");
	}

	private static List<PhotoUpload> uploads(String... names) {
		return Arrays.stream(names).map(name -> new PhotoUpload(name, new byte[] { 1 })).toList();
	}

	/** A stand-in output whose width tells which upload it was made from. */
	private static ProcessedPhoto made(String fileName) {
		EncodedImage image = new EncodedImage(new byte[0], fileName.charAt(0) - 'a' + 1, 1);
		return new ProcessedPhoto(image, image);
	}

	private static PhotoProcessor processor(Step step) {
		return new PhotoProcessor() {

			@Override
			public String description() {
				return "test";
			}

			@Override
			public ProcessedPhoto process(String fileName, byte[] bytes) {
				try {
					return step.process(fileName, bytes);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException(ex);
				}
			}
		};
	}

	@FunctionalInterface
	private interface Step {

		ProcessedPhoto process(String fileName, byte[] bytes) throws InterruptedException;

	}

}

package drydock.workitem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.SimpleTransactionStatus;

import drydock.photo.PhotoStore;

/** Two admins opening the check at once get one run's report, not two runs over every file. */
class PhotoFileCheckSharingTest {

	private final PhotoStore store = mock(PhotoStore.class);

	private final PlatformTransactionManager transactions = mock(PlatformTransactionManager.class);

	private final PhotoFileCheck check = new PhotoFileCheck(mock(JdbcClient.class, RETURNS_DEEP_STUBS), store,
			Duration.ofMinutes(15), Clock.systemUTC(), transactions);

	private final CountDownLatch listing = new CountDownLatch(1);

	private final CountDownLatch finishListing = new CountDownLatch(1);

	@Test
	void aCheckAskedForWhileTheSameRunsWaitsForItsReport() throws Exception {
		when(transactions.getTransaction(any())).thenReturn(new SimpleTransactionStatus());
		when(store.forEachPhotoFile(any())).thenAnswer(invocation -> {
			listing.countDown();
			finishListing.await(10, TimeUnit.SECONDS);
			return 0L;
		});
		CompletableFuture<PhotoFileReport> first = CompletableFuture.supplyAsync(() -> check.run(100));
		assertThat(listing.await(10, TimeUnit.SECONDS)).isTrue();
		AtomicReference<PhotoFileReport> second = new AtomicReference<>();
		Thread waiting = Thread.ofPlatform().start(() -> second.set(check.run(100)));
		await().atMost(Duration.ofSeconds(10)).until(() -> waiting.getState() == Thread.State.WAITING);

		finishListing.countDown();
		waiting.join(10_000);

		assertThat(second.get()).isSameAs(first.get(10, TimeUnit.SECONDS));
		verify(store, times(1)).forEachPhotoFile(any());
		// Once it is over, the next request runs the check again.
		check.run(100);
		verify(store, times(2)).forEachPhotoFile(any());
	}

}

package drydock.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OrderedWindowTest {

	private final ExecutorService pool = Executors.newFixedThreadPool(4);

	@AfterEach
	void stop() {
		pool.shutdownNow();
	}

	@Test
	void resultsComeInInputOrderWithNeverMoreThanTheWindowHeld() throws IOException {
		AtomicInteger held = new AtomicInteger();
		AtomicInteger mostHeld = new AtomicInteger();
		List<Integer> written = new ArrayList<>();
		List<Integer> inputs = IntStream.range(0, 200).boxed().toList();

		OrderedWindow.run(inputs.iterator(), 3, input -> {
			mostHeld.accumulateAndGet(held.incrementAndGet(), Math::max);
			// Later inputs often finish first: order must come from the window, not from timing.
			return CompletableFuture.supplyAsync(() -> {
				sleep((input * 7) % 5);
				return input;
			}, pool);
		}, result -> {
			sleep(1); // a slow reader
			written.add(result);
			held.decrementAndGet();
		});

		assertThat(written).containsExactlyElementsOf(inputs);
		assertThat(mostHeld.get()).isEqualTo(3);
	}

	@Test
	void aReaderThatFailsStopsTheWorkStillWaiting() throws InterruptedException {
		ExecutorService oneThread = Executors.newSingleThreadExecutor();
		List<CompletableFuture<Integer>> started = new ArrayList<>();

		assertThatThrownBy(() -> OrderedWindow.run(IntStream.range(0, 100).boxed().iterator(), 4, input -> {
			CompletableFuture<Integer> future = CompletableFuture.supplyAsync(() -> {
				sleep(20);
				return input;
			}, oneThread);
			started.add(future);
			return future;
		}, result -> {
			throw new IOException("client went away");
		})).isInstanceOf(IOException.class);

		assertThat(started).hasSize(4);
		assertThat(started.subList(1, 4)).allMatch(CompletableFuture::isCancelled);
		oneThread.shutdown();
		assertThat(oneThread.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}

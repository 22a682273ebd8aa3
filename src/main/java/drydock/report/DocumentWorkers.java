package drydock.report;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;

import org.springframework.stereotype.Component;

/**
 * The platform threads that build documents for batches, shared by every download. Building
 * a document is CPU work (XML, ZIP), so a fixed pool sized to the processors keeps
 * concurrent batches from oversubscribing the machine; when its queue is full the asking
 * thread builds the document itself, which slows that download instead of failing it.
 */
@Component
class DocumentWorkers {

	/** Documents a batch keeps in flight per thread: enough to keep every thread busy, few enough to bound memory. */
	private static final int DOCUMENTS_PER_THREAD = 2;

	private final ThreadPoolExecutor pool;

	private final int window;

	DocumentWorkers(DocumentProperties properties) {
		int threads = properties.threads();
		this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS,
				new ArrayBlockingQueue<>(threads * DOCUMENTS_PER_THREAD * 8),
				Thread.ofPlatform().name("document-", 0).daemon(true).factory(), new ThreadPoolExecutor.CallerRunsPolicy());
		this.window = threads * DOCUMENTS_PER_THREAD;
	}

	<T> CompletableFuture<T> submit(Supplier<T> work) {
		return CompletableFuture.supplyAsync(work, pool);
	}

	/** How many documents one batch may have built or building but not yet written. */
	int window() {
		return window;
	}

	@PreDestroy
	void shutdown() {
		pool.shutdownNow();
	}

}

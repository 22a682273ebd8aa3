package drydock.photo;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/**
 * Processes the photos of one submission in parallel on the photo workers; the first
 * refusal refuses them all.
 */
@Service
public class PhotoIntake {

	private final PhotoProcessor processor;

	private final ExecutorService workers;

	PhotoIntake(PhotoProcessor processor, @Qualifier("photoWorkers") ExecutorService workers) {
		this.processor = processor;
		this.workers = workers;
	}

	public List<ProcessedPhoto> processAll(List<PhotoUpload> uploads) {
		List<CompletableFuture<ProcessedPhoto>> pending = uploads.stream()
			.map(upload -> CompletableFuture.supplyAsync(() -> processOne(upload), workers))
			.toList();
		CompletableFuture<Void> firstFailure = new CompletableFuture<>();
		pending.forEach(photo -> photo.whenComplete((result, failure) -> {
			if (failure != null) {
				firstFailure.completeExceptionally(failure);
			}
		}));
		try {
			CompletableFuture.anyOf(CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)), firstFailure).get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new CancellationException("Interrupted while photos were processed");
		}
		catch (ExecutionException ex) {
			throw unwrap(ex.getCause());
		}
		finally {
			// Photos still queued need not be made once one is refused.
			pending.forEach(photo -> photo.cancel(false));
		}
		List<ProcessedPhoto> processed = new ArrayList<>(uploads.size());
		pending.forEach(photo -> processed.add(photo.resultNow()));
		return processed;
	}

	public String processorDescription() {
		return processor.description();
	}

	private ProcessedPhoto processOne(PhotoUpload upload) {
		if (upload.bytes().length == 0) {
			throw PhotoRejectedException.unreadable(upload.fileName(), "the file is empty");
		}
		return processor.process(upload.fileName(), upload.bytes());
	}

	private static RuntimeException unwrap(Throwable failure) {
		Throwable cause = failure;
		while (cause instanceof CompletionException && cause.getCause() != null) {
			cause = cause.getCause();
		}
		if (cause instanceof RuntimeException runtime) {
			return runtime;
		}
		if (cause instanceof Error error) {
			throw error;
		}
		return new IllegalStateException(cause);
	}

}

package drydock.report;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Runs work in parallel but hands the results on in input order, with at most {@code window}
 * results started and not yet handed on: memory stays bounded however many inputs there are,
 * and a slow reader slows the work down instead of piling results up.
 */
final class OrderedWindow {

	private OrderedWindow() {
	}

	static <T, R> void run(Iterator<T> inputs, int window, Function<T, CompletableFuture<R>> start, Sink<R> sink)
			throws IOException {
		Deque<CompletableFuture<R>> inFlight = new ArrayDeque<>(window);
		try {
			while (true) {
				while (inFlight.size() < window && inputs.hasNext()) {
					inFlight.add(start.apply(inputs.next()));
				}
				CompletableFuture<R> next = inFlight.poll();
				if (next == null) {
					return;
				}
				sink.accept(next.join());
			}
		}
		finally {
			// A failed or abandoned download drops the work nobody will read.
			inFlight.forEach(future -> future.cancel(true));
		}
	}

	@FunctionalInterface
	interface Sink<R> {

		void accept(R result) throws IOException;

	}

}

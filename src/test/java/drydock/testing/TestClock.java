package drydock.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The application's clock in tests: it stands still at a time the test chose, so pages show
 * times a test can predict. It is also a place to stop a save midway: every save reads the
 * clock inside its transaction after loading the item, so holding callers there lets a test
 * line up two transactions exactly as a race would.
 */
public class TestClock extends Clock {

	private static final long WAIT_SECONDS = 30;

	private static final Instant START = Instant.parse("2025-03-14T09:26:00Z");

	private volatile Instant now = START;

	private volatile Gate gate;

	public void set(Instant instant) {
		this.now = instant;
	}

	/** Back to the starting time, stopping nobody: what each test starts from. */
	public void reset() {
		this.gate = null;
		this.now = START;
	}

	/** The next caller stops in the clock until {@link Hold#release()}. */
	public Hold holdNextCaller() {
		Hold hold = new Hold();
		this.gate = hold;
		return hold;
	}

	/** The next {@code parties} callers wait for each other in the clock, then go on together. */
	public void meetInClock(int parties) {
		this.gate = new Meeting(parties);
	}

	@Override
	public Instant instant() {
		Gate current = gate;
		if (current != null && current.enter()) {
			current.pass();
		}
		return now;
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("Drydock keeps its times in UTC");
	}

	private interface Gate {

		/** Whether this caller is one the gate stops; called once per reading of the clock. */
		boolean enter();

		void pass();

	}

	/** One caller held until the test lets it go. */
	public final class Hold implements Gate {

		private final CountDownLatch reached = new CountDownLatch(1);

		private final CountDownLatch released = new CountDownLatch(1);

		private boolean taken;

		@Override
		public synchronized boolean enter() {
			if (taken) {
				return false;
			}
			taken = true;
			gate = null;
			return true;
		}

		@Override
		public void pass() {
			reached.countDown();
			await(released);
		}

		/** Waits until a caller is held in the clock. */
		public void awaitHeld() {
			await(reached);
		}

		public void release() {
			released.countDown();
		}

	}

	private final class Meeting implements Gate {

		private final CyclicBarrier barrier;

		private int entered;

		Meeting(int parties) {
			this.barrier = new CyclicBarrier(parties);
		}

		@Override
		public synchronized boolean enter() {
			if (entered == barrier.getParties()) {
				return false;
			}
			entered++;
			if (entered == barrier.getParties()) {
				gate = null;
			}
			return true;
		}

		@Override
		public void pass() {
			try {
				barrier.await(WAIT_SECONDS, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			catch (BrokenBarrierException | TimeoutException ex) {
				throw new IllegalStateException("the other caller never reached the clock", ex);
			}
		}

	}

	private static void await(CountDownLatch latch) {
		try {
			if (!latch.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
				throw new IllegalStateException("waited " + WAIT_SECONDS + " s in the test clock");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}

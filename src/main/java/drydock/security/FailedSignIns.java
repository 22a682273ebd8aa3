package drydock.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per client address and per username, in memory, and says how long a
 * sign-in must wait once either has reached the limit. Counts start at a first failure and
 * end a window later. A success forgets its own address's failures only: it neither frees
 * another address nor the username that others may be guessing at.
 */
@Component
class FailedSignIns {

	private final SignInLimits limits;

	private final Clock clock;

	private final Counts byAddress;

	private final Counts byUsername;

	FailedSignIns(SignInLimits limits, Clock clock) {
		this.limits = limits;
		this.clock = clock;
		this.byAddress = new Counts(limits.maxTracked());
		this.byUsername = new Counts(limits.maxTracked());
	}

	/** How long the sign-in must wait, if the address or the username has used up its failures. */
	Optional<Duration> waitBefore(String address, String username) {
		Instant now = clock.instant();
		Duration wait = max(byAddress.wait(address, now), byUsername.wait(key(username), now));
		return wait.isZero() ? Optional.empty() : Optional.of(wait);
	}

	void failed(String address, String username) {
		Instant now = clock.instant();
		byAddress.add(address, now);
		byUsername.add(key(username), now);
	}

	void succeeded(String address) {
		byAddress.forget(address);
	}

	private static String key(String username) {
		return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
	}

	private static Duration max(Duration a, Duration b) {
		return a.compareTo(b) >= 0 ? a : b;
	}

	private record Window(Instant start, int failures) {
	}

	/** Failures per key, least recently used first; never more than {@code capacity} keys. */
	private final class Counts {

		private final Map<String, Window> windows;

		Counts(int capacity) {
			this.windows = new LinkedHashMap<>(16, 0.75f, true) {

				@Override
				protected boolean removeEldestEntry(Map.Entry<String, Window> eldest) {
					return size() > capacity;
				}

			};
		}

		synchronized Duration wait(String key, Instant now) {
			Window window = current(key, now);
			if (window == null || window.failures() < limits.maxFailures()) {
				return Duration.ZERO;
			}
			return Duration.between(now, window.start().plus(limits.window()));
		}

		synchronized void add(String key, Instant now) {
			Window window = current(key, now);
			windows.put(key, window == null ? new Window(now, 1) : new Window(window.start(), window.failures() + 1));
		}

		synchronized void forget(String key) {
			windows.remove(key);
		}

		private Window current(String key, Instant now) {
			Window window = windows.get(key);
			if (window != null && !now.isBefore(window.start().plus(limits.window()))) {
				windows.remove(key);
				return null;
			}
			return window;
		}

	}

}

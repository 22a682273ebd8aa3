package drydock.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import drydock.testing.TestClock;

/** The counting behind the sign-in limit, on its own. */
class FailedSignInsTest {

	private final TestClock clock = new TestClock();

	@Test
	void memoryIsBoundedByForgettingTheLeastRecentlySeen() {
		FailedSignIns failures = new FailedSignIns(new SignInLimits(1, Duration.ofMinutes(15), 3), clock);

		for (int i = 1; i <= 4; i++) {
			failures.failed("10.0.0." + i, "user" + i);
		}

		assertThat(failures.waitBefore("10.0.0.1", "user1")).as("the first, forgotten").isEmpty();
		assertThat(failures.waitBefore("10.0.0.4", "someone")).contains(Duration.ofMinutes(15));
		assertThat(failures.waitBefore("10.9.9.9", "user4")).contains(Duration.ofMinutes(15));
	}

	@Test
	void theWindowRunsFromTheFirstFailure() {
		FailedSignIns failures = new FailedSignIns(new SignInLimits(2, Duration.ofMinutes(15), 100), clock);

		failures.failed("10.0.0.1", "a");
		clock.set(clock.instant().plus(Duration.ofMinutes(10)));
		failures.failed("10.0.0.1", "b");

		assertThat(failures.waitBefore("10.0.0.1", "c")).contains(Duration.ofMinutes(5));
		clock.set(clock.instant().plus(Duration.ofMinutes(5)));
		assertThat(failures.waitBefore("10.0.0.1", "c")).isEmpty();
	}

	@Test
	void usernamesAreCountedWhateverTheirCaseAndSpaces() {
		FailedSignIns failures = new FailedSignIns(new SignInLimits(2, Duration.ofMinutes(15), 100), clock);

		failures.failed("10.0.0.1", "Chief");
		failures.failed("10.0.0.2", " chief ");

		assertThat(failures.waitBefore("10.0.0.3", "CHIEF")).isPresent();
	}

}

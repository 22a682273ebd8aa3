package drydock.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many failed sign-ins are allowed before sign-in is refused for a while, counted per client
 * address and per username.
 *
 * @param maxFailures failures allowed within the window (SIGN_IN_MAX_FAILURES)
 * @param window how long failures count, from the first one (SIGN_IN_WINDOW)
 * @param maxTracked how many addresses and usernames are remembered at most; the least
 * recently seen are forgotten first, so memory stays bounded whatever is sent
 */
@ConfigurationProperties("drydock.access.sign-in-limit")
public record SignInLimits(@DefaultValue("10") int maxFailures, @DefaultValue("15m") Duration window,
		@DefaultValue("10000") int maxTracked) {

	public SignInLimits {
		if (maxFailures < 1 || window.isNegative() || window.isZero() || maxTracked < 1) {
			throw new IllegalArgumentException("sign-in limits must be positive");
		}
	}

}

package drydock.observe;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param slowRequestThreshold requests slower than this are logged (SLOW_REQUEST_THRESHOLD,
 * in seconds like the Flask app's "1.0", or a duration such as "500ms")
 * @param slowQueryThreshold SQL statements slower than this are logged and kept for the performance page
 */
@ConfigurationProperties("drydock.observe")
public record ObserveProperties(String slowRequestThreshold, Duration slowQueryThreshold) {

	public Duration slowRequest() {
		return parse(slowRequestThreshold, Duration.ofSeconds(1));
	}

	public Duration slowQuery() {
		return slowQueryThreshold == null ? Duration.ofMillis(100) : slowQueryThreshold;
	}

	/** Plain numbers are seconds, as the Flask app read them; otherwise "750ms", "2s" or ISO-8601. */
	static Duration parse(String value, Duration fallback) {
		if (value == null || value.isBlank()) {
			return fallback;
		}
		String text = value.strip();
		if (text.matches("\\d+(\\.\\d+)?")) {
			return Duration.ofNanos(Math.round(Double.parseDouble(text) * 1_000_000_000L));
		}
		if (text.matches("\\d+ms")) {
			return Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2)));
		}
		if (text.matches("\\d+s")) {
			return Duration.ofSeconds(Long.parseLong(text.substring(0, text.length() - 1)));
		}
		return Duration.parse(text);
	}

}

package drydock.web;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** How times read on pages: UTC, as stored, to the minute (the Flask app's format). */
public final class Dates {

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private Dates() {
	}

	public static String format(LocalDateTime time) {
		return time == null ? "" : MINUTES.format(time);
	}

}

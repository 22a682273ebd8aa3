package drydock.testing;

import java.util.List;

/**
 * Text a user might type to break a page or a document, each with what a Word document or
 * spreadsheet must hold for it: the text as given, less the characters XML 1.0 cannot carry.
 */
public record HostileText(String name, String text, String asWritten) {

	public static final List<HostileText> ALL = List.of(
			new HostileText("script element", "<script>alert(1)</script>"),
			new HostileText("attribute breakout", "\"><img src=x onerror=alert(1)>"),
			new HostileText("single-quoted breakout", "' onmouseover='alert(1)"),
			new HostileText("javascript URL", "javascript:alert(1)"),
			new HostileText("template expressions", "{{7*7}} ${7*7} @{7*7}"),
			new HostileText("SQL", "'; DROP TABLE work_items;--"),
			new HostileText("Word XML breaker", "</w:t><w:p><w:r><w:t>broken"),
			new HostileText("entities", "Fish & chips &amp; &lt;b&gt;"),
			new HostileText("control characters", "bell\u0001 here\uFFFE there", "bell here there"));

	public HostileText(String name, String text) {
		this(name, text, text);
	}

	/** The field's name before the text, so a test sees which field a page showed. */
	public String in(String field) {
		return field + " " + text;
	}

	/** The same in a Word document or spreadsheet. */
	public String asWrittenIn(String field) {
		return field + " " + asWritten;
	}

	@Override
	public String toString() {
		return name;
	}

}

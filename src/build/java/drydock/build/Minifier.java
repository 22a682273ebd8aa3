package drydock.build;

/** What both minifiers share: the source, read once from front to back into a shorter copy. */
abstract class Minifier {

	protected final String source;

	protected final StringBuilder out;

	protected int position;

	Minifier(String source) {
		this.source = source;
		this.out = new StringBuilder(source.length());
	}

	final String minified() {
		while (position < source.length()) {
			next(source.charAt(position));
		}
		return out.toString();
	}

	/** Reads the token, gap or comment starting with {@code c} at the current position, and moves past it. */
	protected abstract void next(char c);

	/** Skips the {@code /* … *}{@code /} comment starting here, and says whether it held a line break. */
	protected boolean skipBlockComment() {
		int end = source.indexOf("*/", position + 2);
		if (end < 0) {
			throw new IllegalArgumentException("unclosed comment at offset " + position);
		}
		boolean lineBreak = source.substring(position, end).chars().anyMatch(c -> c == '\n' || c == '\r'
				|| c == '\u2028' || c == '\u2029');
		position = end + 2;
		return lineBreak;
	}

	/** Copies the string starting here as written; only an escaped line break may stand in it. */
	protected void copyString(char quote) {
		int start = position++;
		while (true) {
			if (position >= source.length() || source.charAt(position) == '\n' || source.charAt(position) == '\r') {
				throw new IllegalArgumentException("unclosed string at offset " + start);
			}
			char c = source.charAt(position++);
			if (c == '\\') {
				position = skipEscaped(position);
			}
			else if (c == quote) {
				break;
			}
		}
		out.append(source, start, position);
	}

	/** Past the character a backslash at {@code at - 1} escapes; {@code \r\n} counts as one. */
	protected int skipEscaped(int at) {
		if (at >= source.length()) {
			throw new IllegalArgumentException("backslash at the end of the file");
		}
		return source.startsWith("\r\n", at) ? at + 2 : at + 1;
	}

}

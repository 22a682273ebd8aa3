package drydock.build;

/**
 * Removes comments and whitespace from CSS and nothing else: values, colours and units stay as
 * written. Whitespace goes only next to characters where CSS never gives it a meaning
 * ({@code { } ; , > !}, after {@code : (} and before {@code )}); elsewhere it becomes one space,
 * which keeps descendant selectors ({@code .a .b}, {@code a :hover}), {@code calc(100% - 2rem)},
 * {@code and (min-width: …)} and lists of values as they were. Strings, {@code url(…)} and
 * escapes are copied as they are, and the {@code ;} before a {@code }} is dropped.
 */
public final class StyleSheetMinifier extends Minifier {

	private static final String SPACE_MAY_GO_AFTER = "{};,>:(!";

	private static final String SPACE_MAY_GO_BEFORE = "{};,>)!";

	/** Whether the last character written is a {@code ;} ending a declaration (not one escaped in a name). */
	private boolean afterSemicolon;

	private StyleSheetMinifier(String source) {
		super(source);
	}

	public static String minify(String source) {
		return new StyleSheetMinifier(source).minified();
	}

	@Override
	protected void next(char c) {
		if (isSpace(c) || source.startsWith("/*", position)) {
			skipGap();
			return;
		}
		if (c == '"' || c == '\'') {
			copyString(c);
		}
		else if (c == '\\') {
			copyEscape();
		}
		else if (startsUrl()) {
			copyUrl();
		}
		else if (c == '}' && afterSemicolon) {
			out.setCharAt(out.length() - 1, '}');
			position++;
		}
		else {
			out.append(c);
			position++;
		}
		afterSemicolon = c == ';';
	}

	private void skipGap() {
		boolean space = false;
		boolean comment = false;
		while (position < source.length()) {
			if (isSpace(source.charAt(position))) {
				space = true;
				position++;
			}
			else if (source.startsWith("/*", position)) {
				skipBlockComment();
				comment = true;
			}
			else {
				break;
			}
		}
		if (out.isEmpty() || position >= source.length()) {
			return;
		}
		char before = out.charAt(out.length() - 1);
		char after = source.charAt(position);
		if (SPACE_MAY_GO_AFTER.indexOf(before) >= 0 || SPACE_MAY_GO_BEFORE.indexOf(after) >= 0) {
			return;
		}
		if (space) {
			out.append(' ');
		}
		else if (comment) {
			// A comment alone between two characters still parts their tokens (a/**/b is not ab).
			out.append("/**/");
		}
	}

	/** A backslash escape; a hexadecimal one may end with one whitespace character, which belongs to it. */
	private void copyEscape() {
		int start = position++;
		int hexDigits = 0;
		while (position < source.length() && hexDigits < 6 && Character.digit(source.charAt(position), 16) >= 0) {
			position++;
			hexDigits++;
		}
		if (hexDigits == 0 && position < source.length()) {
			position++;
		}
		else if (hexDigits > 0 && position < source.length() && isSpace(source.charAt(position))) {
			position++;
		}
		out.append(source, start, position);
	}

	private boolean startsUrl() {
		return source.regionMatches(true, position, "url(", 0, 4)
				&& (position == 0 || !isNamePart(source.charAt(position - 1)));
	}

	/** {@code url(…)} unquoted is copied as written: its contents may hold characters that look like comments. */
	private void copyUrl() {
		out.append(source, position, position + 4);
		position += 4;
		int contents = position;
		while (contents < source.length() && isSpace(source.charAt(contents))) {
			contents++;
		}
		if (contents < source.length() && (source.charAt(contents) == '"' || source.charAt(contents) == '\'')) {
			return;
		}
		int end = source.indexOf(')', position);
		if (end < 0) {
			throw new IllegalArgumentException("unclosed url( at offset " + position);
		}
		out.append(source, position, end + 1);
		position = end + 1;
	}

	private static boolean isNamePart(char c) {
		return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c > 127;
	}

	private static boolean isSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
	}

}

package drydock.build;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * Removes comments and whitespace from JavaScript and nothing else: no renaming, no rewriting,
 * so every token reaches the browser as written. Strings, template literals (with nested
 * {@code ${}}) and regular expressions are copied as they are. A line break is kept wherever
 * automatic semicolon insertion or a "no line break here" rule could depend on it, and a
 * space wherever two tokens would otherwise run together ({@code a - -b}, {@code return x},
 * {@code 1 .toFixed()}).
 *
 * <p>A {@code /} is read as the start of a regular expression unless it follows a value: a
 * name (other than a keyword such as {@code return}), a number, a string, {@code )}, {@code ]}
 * or {@code ++}/{@code --}. So {@code if (x) /re/.test(s)} is read as a division and its regular
 * expression would lose inner spaces; {@code ShippedAssetsTest} compares the parsed source
 * with the parsed output of every shipped file, which catches it.
 */
public final class JavaScriptMinifier extends Minifier {

	/** Keywords after which a {@code /} starts a regular expression, not a division. */
	private static final Set<String> BEFORE_EXPRESSION = Set.of("return", "typeof", "instanceof", "in", "of", "new",
			"delete", "void", "throw", "case", "do", "else", "yield", "await");

	/** A line break after these never ends a statement, so it can go. */
	private static final String OPEN_AFTER = "{([,;:=?!&|^~<>*%.";

	/** A line break before these never ends a statement (a {@code .} is checked apart: {@code .5} is a number). */
	private static final String CLOSE_BEFORE = "})],;:=?&|^<>*%";

	/** Whether the last token written ends a value, after which {@code /} divides. */
	private boolean lastEndsValue;

	/** Whether the last token written is a regular expression, which a following name would extend as flags. */
	private boolean afterRegularExpression;

	/** What each open brace is: {@code true} for a template's {@code ${}, after whose end the template goes on. */
	private final Deque<Boolean> braces = new ArrayDeque<>();

	private JavaScriptMinifier(String source) {
		super(source);
	}

	public static String minify(String source) {
		return new JavaScriptMinifier(source).minified();
	}

	@Override
	protected void next(char c) {
		if (isSpace(c) || isLineBreak(c) || startsComment()) {
			skipGap();
		}
		else if (c == '\'' || c == '"') {
			copyString(c);
			endToken(true);
		}
		else if (c == '`') {
			copyTemplatePart();
		}
		else if (c == '/') {
			if (lastEndsValue) {
				out.append(c);
				position++;
				endToken(false);
			}
			else {
				copyRegularExpression();
				endToken(true);
				afterRegularExpression = true;
			}
		}
		else if (isWordPart(c)) {
			copyWord();
		}
		else {
			copyPunctuator(c);
		}
	}

	/** Whitespace and comments between two tokens: nothing, a space or a line break. */
	private void skipGap() {
		boolean lineBreak = false;
		while (position < source.length()) {
			char c = source.charAt(position);
			if (isLineBreak(c)) {
				lineBreak = true;
				position++;
			}
			else if (isSpace(c)) {
				position++;
			}
			else if (source.startsWith("//", position)) {
				while (position < source.length() && !isLineBreak(source.charAt(position))) {
					position++;
				}
			}
			else if (source.startsWith("/*", position)) {
				lineBreak |= skipBlockComment();
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
		if (lineBreak && !lineBreakMayGo(before, after)) {
			out.append('\n');
		}
		else if (mustSeparate(before, after)) {
			out.append(' ');
		}
	}

	private boolean lineBreakMayGo(char before, char after) {
		if (OPEN_AFTER.indexOf(before) >= 0) {
			return true;
		}
		if (after == '.') {
			return !isDigit(charAfterNext());
		}
		return CLOSE_BEFORE.indexOf(after) >= 0;
	}

	/** Pairs that would become other tokens (or an HTML comment, which browsers honour in scripts) if joined. */
	private boolean mustSeparate(char before, char after) {
		return (afterRegularExpression && isWordPart(after)) || (isWordPart(before) && (isWordPart(after) || after == '.')) || (before == '+' && after == '+')
				|| (before == '-' && after == '-') || (before == '/' && (after == '/' || after == '*'))
				|| (before == '<' && after == '!') || (before == '-' && after == '>') || (before == '?' && after == '.');
	}

	/**
	 * Copies template text from its opening backtick, or from the {@code }} that ends one of its
	 * {@code ${}}, up to its closing backtick or its next {@code ${}, whose contents are read as code.
	 */
	private void copyTemplatePart() {
		int start = position++;
		while (true) {
			if (position >= source.length()) {
				throw new IllegalArgumentException("unclosed template literal at offset " + start);
			}
			char c = source.charAt(position++);
			if (c == '\\') {
				position = skipEscaped(position);
			}
			else if (c == '`') {
				out.append(source, start, position);
				endToken(true);
				return;
			}
			else if (c == '$' && position < source.length() && source.charAt(position) == '{') {
				position++;
				out.append(source, start, position);
				braces.push(true);
				endToken(false);
				return;
			}
		}
	}

	private void copyRegularExpression() {
		int start = position++;
		boolean inClass = false;
		while (true) {
			if (position >= source.length() || isLineBreak(source.charAt(position))) {
				throw new IllegalArgumentException("unclosed regular expression at offset " + start);
			}
			char c = source.charAt(position++);
			if (c == '\\') {
				position = skipEscaped(position);
			}
			else if (c == '[') {
				inClass = true;
			}
			else if (c == ']') {
				inClass = false;
			}
			else if (c == '/' && !inClass) {
				break;
			}
		}
		while (position < source.length() && isWordPart(source.charAt(position))) {
			position++;
		}
		out.append(source, start, position);
	}

	private void copyWord() {
		int start = position;
		while (position < source.length() && isWordPart(source.charAt(position))) {
			position++;
		}
		String word = source.substring(start, position);
		out.append(word);
		endToken(!BEFORE_EXPRESSION.contains(word));
	}

	private void copyPunctuator(char c) {
		if ((c == '+' || c == '-') && position + 1 < source.length() && source.charAt(position + 1) == c) {
			// ++ and -- are one token; a slash after them divides.
			out.append(c).append(c);
			position += 2;
			endToken(true);
			return;
		}
		if (c == '}' && !braces.isEmpty() && braces.pop()) {
			copyTemplatePart();
			return;
		}
		if (c == '{') {
			braces.push(false);
		}
		out.append(c);
		position++;
		// After ) or ] a slash divides; after } it more likely starts a statement with a regular expression.
		endToken(c == ')' || c == ']');
	}

	private void endToken(boolean endsValue) {
		lastEndsValue = endsValue;
		afterRegularExpression = false;
	}

	private boolean startsComment() {
		return source.startsWith("//", position) || source.startsWith("/*", position);
	}

	private char charAfterNext() {
		return position + 1 < source.length() ? source.charAt(position + 1) : ' ';
	}

	private static boolean isWordPart(char c) {
		return Character.isLetterOrDigit(c) || c == '$' || c == '_' || c == '\\' || c > 127 && !isSpace(c)
				&& !isLineBreak(c);
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private static boolean isSpace(char c) {
		return c == ' ' || c == '\t' || c == '\u000B' || c == '\f' || c == '\u00A0' || c == '\uFEFF'
				|| Character.getType(c) == Character.SPACE_SEPARATOR;
	}

	private static boolean isLineBreak(char c) {
		return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
	}

}

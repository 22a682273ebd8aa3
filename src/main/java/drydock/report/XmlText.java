package drydock.report;

/**
 * User text made fit for an Office file: XML 1.0 cannot carry most control characters, lone
 * surrogates or U+FFFE/U+FFFF, however escaped, so they are dropped. Markup characters stay:
 * POI escapes them.
 */
final class XmlText {

	private XmlText() {
	}

	static String clean(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder clean = new StringBuilder(text.length());
		text.codePoints().filter(XmlText::allowed).forEach(clean::appendCodePoint);
		return clean.toString();
	}

	private static boolean allowed(int c) {
		return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
				|| c >= 0x10000;
	}

}

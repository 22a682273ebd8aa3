package drydock.report;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * File names of downloads. A document is named as the Flask app named it,
 * {@code {item_number}_{first 30 characters of the description}.docx}, with every character
 * but letters, digits, {@code -}, {@code _}, {@code .}, {@code (} and {@code )} replaced by
 * {@code _}, so no name can reach another folder, in a ZIP or on a disk.
 */
final class DownloadName {

	private static final int DESCRIPTION_CHARACTERS = 30;

	private DownloadName() {
	}

	static String forDocument(String itemNumber, String description) {
		String text = Normalizer.normalize(nullToEmpty(description), Normalizer.Form.NFC);
		String start = text.codePoints()
			.limit(DESCRIPTION_CHARACTERS)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
		String name = safe(Normalizer.normalize(nullToEmpty(itemNumber), Normalizer.Form.NFC) + "_" + start);
		return (name.startsWith(".") ? "_" + name.substring(1) : name) + ".docx";
	}

	/** A name with a counter before its extension, for the second and later entries of the same name. */
	static String numbered(String fileName, int number) {
		int dot = fileName.lastIndexOf('.');
		return dot < 0 ? fileName + "_" + number : fileName.substring(0, dot) + "_" + number + fileName.substring(dot);
	}

	/**
	 * An attachment header: a plain ASCII {@code filename} for old clients and, when the name is
	 * not ASCII, the exact name as RFC 5987 {@code filename*}.
	 */
	static String contentDisposition(String fileName) {
		StringBuilder ascii = new StringBuilder();
		fileName.codePoints()
			.forEach(c -> ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? (char) c : '_'));
		String header = "attachment; filename=\"" + ascii + "\"";
		return ascii.toString().equals(fileName) ? header : header + "; filename*=UTF-8''" + rfc5987(fileName);
	}

	private static String safe(String name) {
		StringBuilder safe = new StringBuilder(name.length());
		name.codePoints()
			.forEach(c -> {
				if (Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.' || c == '(' || c == ')') {
					safe.appendCodePoint(c);
				}
				else {
					safe.append('_');
				}
			});
		return safe.toString();
	}

	private static String rfc5987(String value) {
		StringBuilder encoded = new StringBuilder();
		for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xFF;
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
				encoded.append((char) c);
			}
			else {
				encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
					.append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
			}
		}
		return encoded.toString();
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}

}

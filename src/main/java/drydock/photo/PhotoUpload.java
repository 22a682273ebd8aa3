package drydock.photo;

/**
 * One uploaded file. The name is the sender's and is used only in messages; the bytes
 * alone decide what the file is.
 */
public record PhotoUpload(String fileName, byte[] bytes) {

	private static final int NAME_LIMIT = 100;

	public PhotoUpload {
		fileName = displayName(fileName);
	}

	/** The last path segment, without control characters, shortened: safe to show. */
	static String displayName(String sent) {
		if (sent == null || sent.isBlank()) {
			return "photo";
		}
		String name = sent.substring(Math.max(sent.lastIndexOf('/'), sent.lastIndexOf('\\')) + 1)
			.replaceAll("\\p{Cntrl}", "")
			.strip();
		if (name.isEmpty()) {
			return "photo";
		}
		return name.length() > NAME_LIMIT ? name.substring(0, NAME_LIMIT) : name;
	}

}

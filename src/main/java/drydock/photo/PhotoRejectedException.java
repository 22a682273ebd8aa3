package drydock.photo;

/**
 * An upload that cannot become a photo. The HTTP status says why: 415 for a type Drydock
 * does not take, 413 for an image too large to decode, 422 for a damaged file.
 */
public class PhotoRejectedException extends RuntimeException {

	private final int httpStatus;

	private final String fileName;

	public PhotoRejectedException(int httpStatus, String fileName, String reason) {
		super(fileName + ": " + reason);
		this.httpStatus = httpStatus;
		this.fileName = fileName;
	}

	public static PhotoRejectedException unsupportedType(String fileName, String reason) {
		return new PhotoRejectedException(415, fileName, reason);
	}

	public static PhotoRejectedException tooLarge(String fileName, String reason) {
		return new PhotoRejectedException(413, fileName, reason);
	}

	public static PhotoRejectedException unreadable(String fileName, String reason) {
		return new PhotoRejectedException(422, fileName, reason);
	}

	public int httpStatus() {
		return httpStatus;
	}

	public String fileName() {
		return fileName;
	}

}

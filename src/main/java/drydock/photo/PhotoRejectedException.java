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

	/** Bytes that are none of the accepted types, whatever the file is called. */
	static PhotoRejectedException notAPhoto(String fileName) {
		return unsupportedType(fileName, "not a JPEG, PNG or HEIC photo");
	}

	public static PhotoRejectedException tooLarge(String fileName, String reason) {
		return new PhotoRejectedException(413, fileName, reason);
	}

	/** An image whose header declares more pixels than may be decoded: refused before decoding. */
	static PhotoRejectedException tooManyPixels(String fileName, int width, int height, long maxPixels) {
		return tooLarge(fileName, "%dx%d pixels is more than the %d megapixels a photo may have"
			.formatted(width, height, maxPixels / 1_000_000));
	}

	public static PhotoRejectedException unreadable(String fileName, String reason) {
		return new PhotoRejectedException(422, fileName, reason);
	}

	/** A file of an accepted type that cannot be decoded to its end. */
	static PhotoRejectedException damaged(String fileName) {
		return unreadable(fileName, "the image is damaged or truncated");
	}

	public int httpStatus() {
		return httpStatus;
	}

	public String fileName() {
		return fileName;
	}

}

package drydock.photo;

/**
 * Turns the bytes of one uploaded photo into the images Drydock keeps: a display JPEG and
 * a thumbnail, upright and without metadata. Implementations refuse what they cannot
 * safely make with a {@link PhotoRejectedException}.
 */
public interface PhotoProcessor {

	/** A short name for logs and the performance page, e.g. "libvips 8.14.1". */
	String description();

	ProcessedPhoto process(String fileName, byte[] bytes);

}

package drydock.photo;

import java.io.IOException;
import java.io.UncheckedIOException;

/** A processed photo that could not be written to the upload folder (a full disk, a lost mount). */
public class PhotoNotStoredException extends UncheckedIOException {

	public PhotoNotStoredException(String name, IOException cause) {
		super("Cannot write photo " + name, cause);
	}

}

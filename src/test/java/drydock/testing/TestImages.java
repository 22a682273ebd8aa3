package drydock.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.mock.web.MockMultipartFile;

/** Files of the photo corpus in {@code src/test/resources/images} (see its MANIFEST.md). */
public final class TestImages {

	private TestImages() {
	}

	public static byte[] bytes(String name) {
		try (InputStream in = TestImages.class.getResourceAsStream("/images/" + name)) {
			if (in == null) {
				throw new IllegalArgumentException("No test image " + name);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The file as a browser sends it in the crew form's {@code photos} field. */
	public static MockMultipartFile photoPart(String name) {
		return new MockMultipartFile("photos", name, "image/jpeg", bytes(name));
	}

}

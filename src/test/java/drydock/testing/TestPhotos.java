package drydock.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicInteger;

import javax.imageio.ImageIO;

import org.springframework.mock.web.MockMultipartFile;

/**
 * Photos for tests. Stored file names come from the content, so a test that watches files
 * come and go uses {@link #unique()} pictures no other test sends.
 */
public final class TestPhotos {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private TestPhotos() {
	}

	/** A small JPEG whose content no other call returns. */
	public static byte[] unique() {
		int n = SEQUENCE.incrementAndGet();
		BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setColor(new Color((n * 37) % 256, (n * 91) % 256, (n * 53) % 256));
			g.fillRect(0, 0, 320, 240);
			g.setColor(Color.WHITE);
			g.drawString("test photo " + n + " " + System.nanoTime(), 10, 120);
		}
		finally {
			g.dispose();
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "jpg", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** One of the test images under {@code src/test/resources/images}. */
	public static byte[] resource(String name) {
		try (InputStream in = TestPhotos.class.getResourceAsStream("/images/" + name)) {
			if (in == null) {
				throw new IllegalArgumentException("no test image " + name);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A file part as a browser sends it from a file input. */
	public static MockMultipartFile part(String field, byte[] jpeg) {
		return new MockMultipartFile(field, "photo-" + SEQUENCE.incrementAndGet() + ".jpg", "image/jpeg", jpeg);
	}

}

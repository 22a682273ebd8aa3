package drydock.photo;

import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import javax.imageio.ImageIO;

/** PNG files for tests that the corpus has no example of. */
final class PngFiles {

	/** Where the first chunk after IHDR starts: signature (8) + IHDR (4 + 4 + 13 + 4). */
	private static final int AFTER_IHDR = 33;

	private PngFiles() {
	}

	/** The image as a PNG whose iCCP chunk says its pixels are in this profile's colours. */
	static byte[] withColourProfile(BufferedImage image, ICC_Profile profile) throws IOException {
		ByteArrayOutputStream plain = new ByteArrayOutputStream();
		ImageIO.write(image, "png", plain);
		byte[] png = plain.toByteArray();
		ByteArrayOutputStream data = new ByteArrayOutputStream();
		data.write("test profile".getBytes(StandardCharsets.ISO_8859_1));
		// Name terminator, then compression method 0 (deflate).
		data.write(0);
		data.write(0);
		try (DeflaterOutputStream deflated = new DeflaterOutputStream(data, new Deflater())) {
			deflated.write(profile.getData());
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(png, 0, AFTER_IHDR);
		out.write(chunk("iCCP", data.toByteArray()));
		out.write(png, AFTER_IHDR, png.length - AFTER_IHDR);
		return out.toByteArray();
	}

	private static byte[] chunk(String type, byte[] data) {
		byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
		CRC32 crc = new CRC32();
		crc.update(typeBytes);
		crc.update(data);
		return ByteBuffer.allocate(12 + data.length)
			.putInt(data.length)
			.put(typeBytes)
			.put(data)
			.putInt((int) crc.getValue())
			.array();
	}

}

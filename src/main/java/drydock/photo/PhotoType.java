package drydock.photo;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/** The kinds of upload Drydock accepts, told apart by their first bytes, never by name. */
public enum PhotoType {

	JPEG, PNG, HEIC;

	/** ISO-BMFF brands of HEIF still images as phones write them. */
	private static final Set<String> HEIF_BRANDS = Set.of("heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1");

	/** The type of these bytes, or null when they are none of the accepted types. */
	public static PhotoType detect(byte[] bytes) {
		if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
			return JPEG;
		}
		if (bytes.length >= 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G'
				&& bytes[4] == 0x0D && bytes[5] == 0x0A && bytes[6] == 0x1A && bytes[7] == 0x0A) {
			return PNG;
		}
		if (bytes.length >= 12 && "ftyp".equals(ascii(bytes, 4)) && HEIF_BRANDS.contains(ascii(bytes, 8))) {
			return HEIC;
		}
		return null;
	}

	private static String ascii(byte[] bytes, int offset) {
		return new String(bytes, offset, 4, StandardCharsets.US_ASCII);
	}

}

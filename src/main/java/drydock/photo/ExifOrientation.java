package drydock.photo;

/**
 * Reads the EXIF Orientation tag (1-8) from a JPEG's APP1 segment without decoding the
 * image. Anything missing, invalid or out of range reads as 1, "as stored".
 */
final class ExifOrientation {

	private ExifOrientation() {
	}

	static int of(byte[] jpeg) {
		int pos = 2;
		while (pos + 4 <= jpeg.length && (jpeg[pos] & 0xFF) == 0xFF) {
			int marker = jpeg[pos + 1] & 0xFF;
			if (marker == 0xDA || marker == 0xD9) {
				break;
			}
			int length = u16(jpeg, pos + 2, false);
			if (length < 2) {
				break;
			}
			if (marker == 0xE1 && length >= 16 && startsWithExif(jpeg, pos + 4)) {
				return fromTiff(jpeg, pos + 10, Math.min(jpeg.length, pos + 2 + length));
			}
			pos += 2 + length;
		}
		return 1;
	}

	private static boolean startsWithExif(byte[] b, int at) {
		return at + 6 <= b.length && b[at] == 'E' && b[at + 1] == 'x' && b[at + 2] == 'i' && b[at + 3] == 'f' && b[at + 4] == 0
				&& b[at + 5] == 0;
	}

	private static int fromTiff(byte[] b, int tiff, int end) {
		if (tiff + 8 > end) {
			return 1;
		}
		boolean little = b[tiff] == 'I' && b[tiff + 1] == 'I';
		if (!little && !(b[tiff] == 'M' && b[tiff + 1] == 'M')) {
			return 1;
		}
		long ifd = tiff + u32(b, tiff + 4, little);
		if (ifd + 2 > end) {
			return 1;
		}
		int entries = u16(b, (int) ifd, little);
		for (int i = 0; i < entries; i++) {
			int entry = (int) ifd + 2 + i * 12;
			if (entry + 12 > end) {
				return 1;
			}
			if (u16(b, entry, little) == 0x0112) {
				int value = u16(b, entry + 8, little);
				return value >= 1 && value <= 8 ? value : 1;
			}
		}
		return 1;
	}

	private static int u16(byte[] b, int at, boolean little) {
		int first = b[at] & 0xFF;
		int second = b[at + 1] & 0xFF;
		return little ? first | second << 8 : first << 8 | second;
	}

	private static long u32(byte[] b, int at, boolean little) {
		long high = u16(b, little ? at + 2 : at, little);
		long low = u16(b, little ? at : at + 2, little);
		return high << 16 | low;
	}

}

package drydock.photo;

import java.util.ArrayList;
import java.util.List;

/**
 * The marker segments of a JPEG file up to its first scan, read straight from the bytes:
 * what a browser, Word or exiftool would find in a file Drydock wrote.
 */
record JpegSegments(List<Segment> segments) {

	static final int SOF0 = 0xC0;

	static final int SOF2 = 0xC2;

	static final int DQT = 0xDB;

	static final int APP0 = 0xE0;

	static final int APP1 = 0xE1;

	static final int APP2 = 0xE2;

	static final int APP13 = 0xED;

	static final int COM = 0xFE;

	private static final int SOS = 0xDA;

	/** The IJG (libjpeg) luminance table that encoders scale by the quality setting, in zig-zag order. */
	private static final int[] STANDARD_LUMINANCE = { 16, 11, 12, 14, 12, 10, 16, 14, 13, 14, 18, 17, 16, 19, 24, 40, 26,
			24, 22, 22, 24, 49, 35, 37, 29, 40, 58, 51, 61, 60, 57, 51, 56, 55, 64, 72, 92, 78, 64, 68, 87, 69, 55, 56, 80,
			109, 81, 87, 95, 98, 103, 104, 103, 62, 77, 113, 121, 112, 100, 120, 92, 101, 103, 99 };

	static JpegSegments read(byte[] jpeg) {
		if (jpeg.length < 4 || (jpeg[0] & 0xFF) != 0xFF || (jpeg[1] & 0xFF) != 0xD8) {
			throw new IllegalArgumentException("not a JPEG file");
		}
		List<Segment> segments = new ArrayList<>();
		int pos = 2;
		while (pos + 4 <= jpeg.length) {
			if ((jpeg[pos] & 0xFF) != 0xFF) {
				throw new IllegalArgumentException("no marker at byte " + pos);
			}
			int marker = jpeg[pos + 1] & 0xFF;
			int length = (jpeg[pos + 2] & 0xFF) << 8 | jpeg[pos + 3] & 0xFF;
			byte[] body = new byte[length - 2];
			System.arraycopy(jpeg, pos + 4, body, 0, body.length);
			segments.add(new Segment(marker, body));
			if (marker == SOS) {
				break;
			}
			pos += 2 + length;
		}
		return new JpegSegments(List.copyOf(segments));
	}

	/** The markers of the segments, e.g. "APP0 DQT SOF2 DHT SOS", for messages. */
	List<String> markerNames() {
		return segments.stream().map(segment -> name(segment.marker())).toList();
	}

	/** The number of colour components of the frame: 3 for YCbCr (sRGB), 1 for greyscale, 4 for CMYK. */
	int components() {
		return segments.stream()
			.filter(segment -> segment.marker() == SOF0 || segment.marker() == SOF2)
			.mapToInt(segment -> segment.body()[5] & 0xFF)
			.findFirst()
			.orElseThrow();
	}

	boolean has(int marker) {
		return segments.stream().anyMatch(segment -> segment.marker() == marker);
	}

	/** Whether any application segment other than APP0 (the JFIF header) or a comment is present. */
	boolean hasMetadata() {
		return segments.stream()
			.anyMatch(segment -> segment.marker() > APP0 && segment.marker() <= 0xEF || segment.marker() == COM);
	}

	/**
	 * The quality an IJG-style encoder was set to, judged from the luminance table: the
	 * setting whose table is nearest, or -1 when none is near (entries off by one are
	 * rounding: the JDK's encoder scales in float).
	 */
	int quality() {
		int[] table = luminanceTable();
		int best = -1;
		int bestDifference = 64;
		for (int quality = 1; quality <= 100; quality++) {
			int scale = quality < 50 ? 5000 / quality : 200 - 2 * quality;
			int difference = 0;
			for (int i = 0; i < 64; i++) {
				difference += Math.abs(table[i] - Math.clamp((STANDARD_LUMINANCE[i] * scale + 50) / 100, 1, 255));
			}
			if (difference < bestDifference) {
				best = quality;
				bestDifference = difference;
			}
		}
		return best;
	}

	private int[] luminanceTable() {
		for (Segment segment : segments) {
			if (segment.marker() != DQT) {
				continue;
			}
			byte[] body = segment.body();
			int pos = 0;
			while (pos < body.length) {
				int precision = (body[pos] & 0xF0) >> 4;
				int id = body[pos] & 0x0F;
				int[] table = new int[64];
				for (int i = 0; i < 64; i++) {
					table[i] = precision == 0 ? body[pos + 1 + i] & 0xFF
							: (body[pos + 1 + 2 * i] & 0xFF) << 8 | body[pos + 2 + 2 * i] & 0xFF;
				}
				if (id == 0) {
					return table;
				}
				pos += 1 + 64 * (precision == 0 ? 1 : 2);
			}
		}
		throw new IllegalArgumentException("no luminance quantization table");
	}

	private static String name(int marker) {
		return switch (marker) {
			case SOF0 -> "SOF0";
			case SOF2 -> "SOF2";
			case 0xC4 -> "DHT";
			case DQT -> "DQT";
			case 0xDD -> "DRI";
			case SOS -> "SOS";
			case COM -> "COM";
			default -> marker >= APP0 && marker <= 0xEF ? "APP" + (marker - APP0) : "0x" + Integer.toHexString(marker);
		};
	}

	record Segment(int marker, byte[] body) {
	}

}

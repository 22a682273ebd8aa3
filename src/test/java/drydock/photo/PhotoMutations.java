package drydock.photo;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.zip.CRC32;

/**
 * Damaged and disguised variants of photos, the same ones for the same seed: what a fuzz run
 * feeds the upload form ({@link PhotoFuzzTest} and bench/fuzz, which uses it from the test
 * classes). Each kind in turn, on an original picked at random.
 */
public final class PhotoMutations {

	public enum Kind {

		/** 1–32 bits flipped, half the time all within the first kilobyte where the headers are. */
		BIT_FLIPS,
		/** Cut off at a random offset. */
		TRUNCATION,
		/** The first bytes replaced by another format's signature. */
		SWAPPED_MAGIC,
		/** The first 2–32 bytes replaced by random ones. */
		GARBLED_HEADER,
		/** The bytes unchanged, sent under another format's extension and content type. */
		WRONG_NAME,
		/** No bytes at all. */
		EMPTY,
		/** Width and height in the header raised to tens of thousands of pixels or more. */
		HUGE_DIMENSIONS

	}

	/** One variant: what it was made from, and the part to send. */
	public record Mutant(int number, Kind kind, String original, String fileName, String contentType, byte[] bytes) {

		@Override
		public String toString() {
			return "#" + number + " " + kind + " of " + original + " sent as " + fileName + " (" + contentType + ", "
					+ bytes.length + " bytes)";
		}

	}

	private static final byte[][] SIGNATURES = { { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0 },
			{ (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' }, { 0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c' },
			ascii("GIF89a"), ascii("RIFF\0\0\0\0WEBPVP8 "), ascii("%PDF-1.4\n"), ascii("<svg xmlns=\"http://www.w3.org/2000/svg\">"),
			{ 'B', 'M' } };

	private static final String[][] NAMES = { { "jpg", "image/jpeg" }, { "png", "image/png" }, { "heic", "image/heic" },
			{ "gif", "image/gif" }, { "webp", "image/webp" }, { "svg", "image/svg+xml" }, { "txt", "text/plain" },
			{ "bin", "application/octet-stream" } };

	private PhotoMutations() {
	}

	/** {@code count} variants of the originals (file name to bytes), the same for the same seed. */
	public static List<Mutant> of(SortedMap<String, byte[]> originals, int count, long seed) {
		Random random = new Random(seed);
		List<Map.Entry<String, byte[]>> pool = List.copyOf(originals.entrySet());
		Kind[] kinds = Kind.values();
		List<Mutant> mutants = new ArrayList<>(count);
		for (int number = 1; number <= count; number++) {
			Kind kind = kinds[(number - 1) % kinds.length];
			Map.Entry<String, byte[]> original = pool.get(random.nextInt(pool.size()));
			if (kind == Kind.HUGE_DIMENSIONS) {
				// Only formats whose header this knows how to enlarge.
				while (dimensionsAt(original.getValue()) < 0) {
					original = pool.get(random.nextInt(pool.size()));
				}
			}
			mutants.add(mutate(number, kind, original.getKey(), original.getValue(), random));
		}
		return mutants;
	}

	private static Mutant mutate(int number, Kind kind, String name, byte[] original, Random random) {
		String base = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
		String[] sentAs = nameOf(name);
		byte[] bytes = original.clone();
		switch (kind) {
			case BIT_FLIPS -> {
				int span = random.nextBoolean() ? Math.min(1024, bytes.length) : bytes.length;
				for (int flips = 1 + random.nextInt(32); flips > 0 && span > 0; flips--) {
					bytes[random.nextInt(span)] ^= (byte) (1 << random.nextInt(8));
				}
			}
			case TRUNCATION -> bytes = Arrays.copyOf(bytes, bytes.length == 0 ? 0 : random.nextInt(bytes.length));
			case SWAPPED_MAGIC -> {
				byte[] signature = SIGNATURES[random.nextInt(SIGNATURES.length)];
				bytes = Arrays.copyOf(bytes, Math.max(bytes.length, signature.length));
				System.arraycopy(signature, 0, bytes, 0, signature.length);
			}
			case GARBLED_HEADER -> {
				byte[] garbage = new byte[2 + random.nextInt(31)];
				random.nextBytes(garbage);
				System.arraycopy(garbage, 0, bytes, 0, Math.min(garbage.length, bytes.length));
			}
			case WRONG_NAME -> {
				String[] other;
				do {
					other = NAMES[random.nextInt(NAMES.length)];
				}
				while (other[0].equals(sentAs[0]));
				sentAs = other;
			}
			case EMPTY -> bytes = new byte[0];
			case HUGE_DIMENSIONS -> enlarge(bytes, random);
		}
		return new Mutant(number, kind, name, base + "." + sentAs[0], sentAs[1], bytes);
	}

	/** Where the header's first dimension is, or -1: JPEG SOF (height, width), PNG IHDR and HEIC ispe (width, height). */
	private static int dimensionsAt(byte[] bytes) {
		PhotoType type = PhotoType.detect(bytes);
		if (type == null) {
			return -1;
		}
		switch (type) {
			case JPEG -> {
				for (int at = 2; at + 9 < bytes.length;) {
					if ((bytes[at] & 0xFF) != 0xFF) {
						return -1;
					}
					int marker = bytes[at + 1] & 0xFF;
					if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
						return at + 5;
					}
					at += 2 + ((bytes[at + 2] & 0xFF) << 8 | (bytes[at + 3] & 0xFF));
				}
				return -1;
			}
			case PNG -> {
				return bytes.length >= 33 ? 16 : -1;
			}
			case HEIC -> {
				int ispe = indexOf(bytes, ascii("ispe"));
				// The box: size, "ispe", version and flags, width, height.
				return ispe >= 0 && ispe + 16 <= bytes.length ? ispe + 8 : -1;
			}
		}
		return -1;
	}

	private static void enlarge(byte[] bytes, Random random) {
		int at = dimensionsAt(bytes);
		ByteBuffer header = ByteBuffer.wrap(bytes);
		switch (PhotoType.detect(bytes)) {
			// JPEG: height, then width, 16 bits each.
			case JPEG -> {
				header.putShort(at, (short) (20_000 + random.nextInt(45_536)));
				header.putShort(at + 2, (short) (20_000 + random.nextInt(45_536)));
			}
			// PNG IHDR: width, height, 32 bits each; the chunk's CRC is made right again half the time.
			case PNG -> {
				header.putInt(at, 20_000 + random.nextInt(Integer.MAX_VALUE - 20_000));
				header.putInt(at + 4, 20_000 + random.nextInt(Integer.MAX_VALUE - 20_000));
				if (random.nextBoolean()) {
					CRC32 crc = new CRC32();
					crc.update(bytes, 12, 17);
					header.putInt(29, (int) crc.getValue());
				}
			}
			// HEIC ispe: width and height, 32 bits each.
			case HEIC -> {
				header.putInt(at, 20_000 + random.nextInt(Integer.MAX_VALUE - 20_000));
				header.putInt(at + 4, 20_000 + random.nextInt(Integer.MAX_VALUE - 20_000));
			}
		}
	}

	private static String[] nameOf(String fileName) {
		String extension = fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
		return Arrays.stream(NAMES)
			.filter(name -> name[0].equals(extension))
			.findFirst()
			.orElse(new String[] { extension, "application/octet-stream" });
	}

	private static int indexOf(byte[] bytes, byte[] wanted) {
		outer: for (int i = 0; i + wanted.length <= bytes.length; i++) {
			for (int j = 0; j < wanted.length; j++) {
				if (bytes[i + j] != wanted[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}

}

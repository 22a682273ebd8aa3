package drydock.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Bytes written into fixed 64 KiB chunks. A document of a few hundred kilobytes then never
 * needs one large array: no copying as it grows, and nothing big enough to be a "humongous"
 * allocation for G1, which starts a concurrent collection cycle each time (profiled in the
 * batch benchmark).
 */
final class ChunkedBytes extends OutputStream {

	private static final int CHUNK = 64 * 1024;

	private final List<byte[]> chunks = new ArrayList<>();

	/** Bytes used in the last chunk. */
	private int used = CHUNK;

	private long size;

	@Override
	public void write(int b) {
		if (used == CHUNK) {
			chunks.add(new byte[CHUNK]);
			used = 0;
		}
		chunks.getLast()[used++] = (byte) b;
		size++;
	}

	@Override
	public void write(byte[] bytes, int offset, int length) {
		while (length > 0) {
			if (used == CHUNK) {
				chunks.add(new byte[CHUNK]);
				used = 0;
			}
			int n = Math.min(length, CHUNK - used);
			System.arraycopy(bytes, offset, chunks.getLast(), used, n);
			used += n;
			offset += n;
			length -= n;
			size += n;
		}
	}

	long size() {
		return size;
	}

	long crc32() {
		CRC32 crc = new CRC32();
		for (int i = 0; i < chunks.size(); i++) {
			crc.update(chunks.get(i), 0, lengthOf(i));
		}
		return crc.getValue();
	}

	void writeTo(OutputStream out) throws IOException {
		for (int i = 0; i < chunks.size(); i++) {
			out.write(chunks.get(i), 0, lengthOf(i));
		}
	}

	byte[] toByteArray() {
		byte[] all = new byte[Math.toIntExact(size)];
		int position = 0;
		for (int i = 0; i < chunks.size(); i++) {
			System.arraycopy(chunks.get(i), 0, all, position, lengthOf(i));
			position += lengthOf(i);
		}
		return all;
	}

	private int lengthOf(int chunk) {
		return chunk == chunks.size() - 1 ? used : CHUNK;
	}

}

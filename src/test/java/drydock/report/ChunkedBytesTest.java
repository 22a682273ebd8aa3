package drydock.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import java.util.zip.CRC32;

import org.junit.jupiter.api.Test;

class ChunkedBytesTest {

	@Test
	void keepsEveryByteInOrderAcrossChunksWithTheWholesSizeAndCrc() throws IOException {
		byte[] data = new byte[200_000];
		new Random(3).nextBytes(data);
		ChunkedBytes chunked = new ChunkedBytes();
		chunked.write(data[0]);
		chunked.write(data, 1, 65_535);
		chunked.write(data, 65_536, 1);
		chunked.write(data, 65_537, data.length - 65_537);

		ByteArrayOutputStream copy = new ByteArrayOutputStream();
		chunked.writeTo(copy);
		CRC32 crc = new CRC32();
		crc.update(data);
		assertThat(chunked.size()).isEqualTo(data.length);
		assertThat(chunked.crc32()).isEqualTo(crc.getValue());
		assertThat(copy.toByteArray()).isEqualTo(data);
		assertThat(chunked.toByteArray()).isEqualTo(data);
	}

	@Test
	void emptyIsEmpty() throws IOException {
		ChunkedBytes chunked = new ChunkedBytes();
		ByteArrayOutputStream copy = new ByteArrayOutputStream();
		chunked.writeTo(copy);
		assertThat(chunked.size()).isZero();
		assertThat(chunked.toByteArray()).isEmpty();
		assertThat(copy.size()).isZero();
		assertThat(chunked.crc32()).isEqualTo(new CRC32().getValue());
	}

}

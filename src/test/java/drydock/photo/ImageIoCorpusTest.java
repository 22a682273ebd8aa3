package drydock.photo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import drydock.photo.PhotoCorpus.Row;

/** The corpus through the pure-Java processor, which runs wherever Java does. */
class ImageIoCorpusTest extends PhotoCorpusTests {

	@Override
	PhotoProcessor processor(PhotoProperties properties) {
		return new ImageIoPhotoProcessor(properties);
	}

	@Override
	boolean reads(PhotoType type) {
		return type != PhotoType.HEIC;
	}

	@ParameterizedTest
	@MethodSource("heicRows")
	void heicIsRefusedWithAReasonNamingLibvips(Row row) {
		assertThat(outcomes.get(row.file())).isInstanceOfSatisfying(PhotoRejectedException.class, refusal -> {
			assertThat(refusal.httpStatus()).isEqualTo(415);
			assertThat(refusal.getMessage()).contains("libvips");
		});
	}

	java.util.stream.Stream<Row> heicRows() {
		return rows().filter(row -> PhotoType.detect(CORPUS.bytes(row)) == PhotoType.HEIC);
	}

}

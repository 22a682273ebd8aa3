package drydock.photo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import drydock.photo.PhotoCorpus.Row;

/** The corpus through libvips, HEIC included; skipped where libvips is not installed (fails in CI). */
class VipsCorpusTest extends PhotoCorpusTests {

	private VipsPhotoProcessor vips;

	@Override
	PhotoProcessor processor(PhotoProperties properties) {
		vips = VipsProcessors.create(properties);
		return vips;
	}

	@Override
	boolean reads(PhotoType type) {
		return true;
	}

	@ParameterizedTest
	@MethodSource("acceptedByBoth")
	void agreesWithThePureJavaProcessor(Row row) {
		ProcessedPhoto pureJava = new ImageIoPhotoProcessor(properties()).process(row.file(), CORPUS.bytes(row));
		double distance = CellMeans.of(output(row).display().jpeg()).distance(CellMeans.of(pureJava.display().jpeg()));
		boolean cmykWithoutProfile = PhotoType.detect(CORPUS.bytes(row)) == PhotoType.JPEG
				&& JpegSegments.read(CORPUS.bytes(row)).components() == 4
				&& !JpegSegments.read(CORPUS.bytes(row)).has(JpegSegments.APP2);
		// Without a profile, CMYK has no one meaning: libvips assumes a press profile, TwelveMonkeys
		// the plain formula browsers use. Both are the picture in the right colours, a little apart.
		double allowed = cmykWithoutProfile ? SAME_PICTURE : SAME_OUTPUT;
		assertThat(distance).as("%s by libvips against ImageIO", row.file()).isLessThan(allowed);
	}

	Stream<Row> acceptedByBoth() {
		return acceptedRows().filter(row -> PhotoType.detect(CORPUS.bytes(row)) != PhotoType.HEIC);
	}

	@ParameterizedTest
	@MethodSource("arrowRows")
	void theArrowPointsUp(Row row) {
		var display = CellMeans.decode(output(row).display().jpeg());
		// The arrow's head is its widest part: the dark row spanning most must be in the upper half.
		int widestRow = 0;
		int widestSpan = 0;
		for (int y = 0; y < display.getHeight(); y++) {
			int left = -1;
			int right = -1;
			for (int x = 0; x < display.getWidth(); x++) {
				int rgb = display.getRGB(x, y);
				int luminance = ((rgb >> 16 & 0xFF) * 3 + (rgb >> 8 & 0xFF) * 6 + (rgb & 0xFF)) / 10;
				if (luminance < 80) {
					left = left < 0 ? x : left;
					right = x;
				}
			}
			if (right - left > widestSpan) {
				widestSpan = right - left;
				widestRow = y;
			}
		}
		assertThat(widestRow).as("row of the arrow head's base in %s", row.file()).isLessThan(display.getHeight() / 2);
	}

	Stream<Row> arrowRows() {
		return acceptedRows().filter(row -> row.description().contains("Arrow must point up"));
	}

	@Test
	void aBurstOfTwelvePhonePhotosLeavesNoImageBehind() {
		Row phonePhoto = acceptedRows().filter(row -> CORPUS.bytes(row).length > 3_000_000).findFirst().orElseThrow();
		long before = vips.trackedMemory();
		List<PhotoUpload> burst = Stream.generate(() -> new PhotoUpload(phonePhoto.file(), CORPUS.bytes(phonePhoto)))
			.limit(12)
			.toList();
		Object outcome = processAll(burst);
		assertThat(outcome).isInstanceOf(List.class);
		assertThat(vips.trackedMemory()).isEqualTo(before);
	}

	@Test
	void runsNoOrcCodeThatTwoWorkersCouldCorrupt() {
		Matcher version = Pattern.compile("libvips (\\d+)\\.(\\d+)").matcher(vips.description());
		assertThat(version.lookingAt()).as(vips.description()).isTrue();
		boolean orcBased = Integer.parseInt(version.group(1)) == 8 && Integer.parseInt(version.group(2)) < 15;
		// Highway (8.15 on) is safe to leave on; ORC (before) crashed the JVM in a soak.
		assertThat(vips.vectorCodeEnabled()).as("SIMD code in %s", vips.description()).isEqualTo(!orcBased);
	}

}

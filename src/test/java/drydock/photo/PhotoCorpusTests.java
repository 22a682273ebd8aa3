package drydock.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import drydock.photo.PhotoCorpus.Expectation;
import drydock.photo.PhotoCorpus.Row;
import drydock.photo.PhotoCorpus.Size;

/**
 * Every photo of the test corpus through one processor, against its manifest row. Each
 * file is processed once, through {@link PhotoIntake} as the crew form does; the tests
 * then look at what came out.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PhotoCorpusTests {

	static final PhotoCorpus CORPUS = PhotoCorpus.load();

	static final int MAX_WIDTH = 576;

	/**
	 * Cell distance (0-255) under which two outputs show the same picture the same way up in
	 * the same colours: copies of one picture in other formats measure under 9 (transparent
	 * corners made white, CMYK); other pictures, or this one mirrored or turned, over 40.
	 */
	static final double SAME_PICTURE = 10;

	/** One file made by both processors: only resampling and rounding differ (measured under 0.5). */
	static final double SAME_OUTPUT = 2;

	private static final Pattern ORIENTATION_SOURCE = Pattern.compile("(.*_)(\\d)(\\.\\w+)");

	private static final List<String> METADATA_SIGNATURES = List.of("Exif\0", "http://ns.adobe.com/xap",
			"Photoshop 3.0", "ICC_PROFILE");

	final Map<String, Object> outcomes = new LinkedHashMap<>();

	private ExecutorService workers;

	private PhotoIntake intake;

	/** The processor under test, or an aborted assumption when it cannot run here. */
	abstract PhotoProcessor processor(PhotoProperties properties);

	/** Whether the processor is meant to read this kind of photo at all. */
	abstract boolean reads(PhotoType type);

	static PhotoProperties properties() {
		return new PhotoProperties(Path.of("unused"), MAX_WIDTH, 6, null);
	}

	@BeforeAll
	void processEveryPhoto() {
		workers = Executors.newFixedThreadPool(2, Thread.ofPlatform().daemon(true).factory());
		intake = new PhotoIntake(processor(properties()), workers);
		for (Row row : CORPUS.rows()) {
			outcomes.put(row.file(), process(row.file(), CORPUS.bytes(row)));
		}
	}

	@AfterAll
	void stopWorkers() {
		if (workers != null) {
			workers.shutdownNow();
		}
	}

	/** The processed photo, or the refusal. */
	Object process(String fileName, byte[] bytes) {
		Object outcome = processAll(List.of(new PhotoUpload(fileName, bytes)));
		return outcome instanceof List<?> photos ? photos.getFirst() : outcome;
	}

	/** The processed photos, or the refusal. */
	Object processAll(List<PhotoUpload> uploads) {
		try {
			return intake.processAll(uploads);
		}
		catch (PhotoRejectedException ex) {
			return ex;
		}
	}

	Stream<Row> rows() {
		return CORPUS.rows().stream();
	}

	Stream<Row> acceptedRows() {
		return rows().filter(row -> expectation(row).accepted());
	}

	Expectation expectation(Row row) {
		PhotoType type = PhotoType.detect(CORPUS.bytes(row));
		if (type != null && !reads(type)) {
			return Expectation.refused(415);
		}
		return row.expectation(properties().maxPixels());
	}

	ProcessedPhoto output(Row row) {
		Object outcome = outcomes.get(row.file());
		if (outcome instanceof ProcessedPhoto photo) {
			return photo;
		}
		return fail("%s was refused: %s", row.file(), outcome);
	}

	@Test
	void everyFileInTheCorpusHasAManifestRow() {
		assertThat(CORPUS.rows()).hasSizeGreaterThan(10);
		assertThat(CORPUS.filesWithoutRow()).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("rows")
	void givesWhatTheManifestRowSays(Row row) {
		Expectation expected = expectation(row);
		Object outcome = outcomes.get(row.file());
		if (!expected.accepted()) {
			assertThat(outcome).as("%s: %s", row.file(), row.handling()).isInstanceOf(PhotoRejectedException.class);
			PhotoRejectedException refusal = (PhotoRejectedException) outcome;
			assertThat(refusal.httpStatus()).as("%s refused with: %s", row.file(), refusal.getMessage())
				.isEqualTo(expected.status());
			assertThat(refusal.getMessage()).startsWith(row.file() + ": ");
			return;
		}
		ProcessedPhoto photo = output(row);
		Size display = displaySize(expected.upright());
		assertThat(photo.display().width()).as("display width of %s", row.file()).isEqualTo(display.width());
		assertThat(photo.display().height()).as("display height of %s", row.file()).isEqualTo(display.height());
		assertFitsThumbnailBox(row, photo);
		assertCleanProgressiveJpeg(row.file() + " display", photo.display());
		assertCleanProgressiveJpeg(row.file() + " thumbnail", photo.thumbnail());
	}

	@ParameterizedTest
	@MethodSource("orientationRows")
	void everyOrientationComesOutUpright(Row row, Row upright) {
		CellMeans reference = CellMeans.of(output(upright).display().jpeg());
		CellMeans actual = CellMeans.of(output(row).display().jpeg());
		double distance = actual.distance(reference);
		assertThat(distance).as("%s against %s", row.file(), upright.file()).isLessThan(SAME_PICTURE);
		for (CellMeans wrong : reference.wrongOrientations()) {
			assertThat(distance).as("%s is nearer to %s the right way up than mirrored or turned", row.file(),
					upright.file())
				.isLessThan(actual.distance(wrong));
		}
	}

	/** Rows made from a numbered orientation example, each with the orientation-1 row of its series. */
	Stream<Arguments> orientationRows() {
		return acceptedRows().flatMap(row -> row.sourcePicture().stream().flatMap(source -> {
			Matcher numbered = ORIENTATION_SOURCE.matcher(source);
			if (!numbered.matches() || numbered.group(2).equals("1")) {
				return Stream.empty();
			}
			String uprightSource = numbered.group(1) + "1" + numbered.group(3);
			return acceptedRows().filter(other -> other.sourcePicture().orElse("").equals(uprightSource))
				.map(upright -> Arguments.of(row, upright));
		}));
	}

	@ParameterizedTest
	@MethodSource("samePictureRows")
	void photosMadeFromOnePictureLookAlike(Row row, Row other) {
		double distance = CellMeans.of(output(row).display().jpeg()).distance(CellMeans.of(output(other).display().jpeg()));
		assertThat(distance).as("%s against %s (same source picture)", row.file(), other.file())
			.isLessThan(SAME_PICTURE);
	}

	/** Pairs of accepted rows made from the same source picture at the same output size (a CMYK copy, a PNG copy...). */
	Stream<Arguments> samePictureRows() {
		List<Row> accepted = acceptedRows().filter(row -> row.sourcePicture().isPresent()).toList();
		return accepted.stream()
			.flatMap(row -> accepted.stream()
				.filter(other -> other.file().compareTo(row.file()) > 0)
				.filter(other -> other.sourcePicture().equals(row.sourcePicture()))
				.filter(other -> displaySize(expectation(other).upright()).equals(displaySize(expectation(row).upright())))
				.map(other -> Arguments.of(row, other)));
	}

	@ParameterizedTest
	@MethodSource("transparentRows")
	void transparencyIsFlattenedOntoWhite(Row row) {
		BufferedImage display = CellMeans.decode(output(row).display().jpeg());
		assertThat(CellMeans.darkestCorner(display)).as("corners of %s", row.file()).isGreaterThan(230);
	}

	Stream<Row> transparentRows() {
		return acceptedRows().filter(row -> row.description().toLowerCase(Locale.ROOT).contains("flatten"));
	}

	@ParameterizedTest
	@MethodSource("truncatableRows")
	void aTruncatedCopyIsRefusedAsDamaged(Row row) {
		byte[] whole = CORPUS.bytes(row);
		String name = "cut-" + row.file();
		Object outcome = process(name, Arrays.copyOf(whole, whole.length * 2 / 3));
		assertThat(outcome).as("%s cut to two thirds", row.file()).isInstanceOf(PhotoRejectedException.class);
		assertThat(((PhotoRejectedException) outcome).httpStatus()).isEqualTo(422);
		assertThat(((PhotoRejectedException) outcome).getMessage()).startsWith(name + ": ");
	}

	/** Accepted photos small enough to be cut and processed again quickly. */
	Stream<Row> truncatableRows() {
		return acceptedRows().filter(row -> CORPUS.bytes(row).length < 4_000_000);
	}

	@Test
	void aPngWithAColourProfileComesOutInSrgb() throws Exception {
		BufferedImage picture = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = picture.createGraphics();
		Color[] colours = { new Color(200, 40, 40), new Color(40, 160, 60), new Color(50, 70, 190), new Color(128, 128, 128) };
		for (int i = 0; i < colours.length; i++) {
			g.setColor(colours[i]);
			g.fillRect(i % 2 * 400, i / 2 * 300, 400, 300);
		}
		g.dispose();
		// The same colours stored as linear-light RGB, with the profile that says so.
		ICC_Profile linear = ICC_Profile.getInstance(ColorSpace.CS_LINEAR_RGB);
		BufferedImage stored = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
		new ColorConvertOp(new ICC_Profile[] { ICC_Profile.getInstance(ColorSpace.CS_sRGB), linear }, null)
			.filter(picture.getRaster(), stored.getRaster());
		byte[] png = PngFiles.withColourProfile(stored, linear);
		CellMeans expected = CellMeans.of(picture);
		assertThat(CellMeans.of(stored).distance(expected)).as("the stored values alone are far off").isGreaterThan(20);
		Object outcome = process("linear.png", png);
		assertThat(outcome).isInstanceOf(ProcessedPhoto.class);
		assertThat(CellMeans.of(((ProcessedPhoto) outcome).display().jpeg()).distance(expected)).isLessThan(SAME_OUTPUT);
	}

	static Size displaySize(Size upright) {
		if (upright.width() <= MAX_WIDTH) {
			return upright;
		}
		return new Size(MAX_WIDTH, (int) Math.round((double) upright.height() * MAX_WIDTH / upright.width()));
	}

	private static void assertFitsThumbnailBox(Row row, ProcessedPhoto photo) {
		EncodedImage display = photo.display();
		EncodedImage thumbnail = photo.thumbnail();
		int longest = Math.max(display.width(), display.height());
		assertThat(Math.max(thumbnail.width(), thumbnail.height())).as("thumbnail of %s", row.file())
			.isEqualTo(Math.min(longest, PhotoProperties.THUMBNAIL_SIZE));
		long proportionalHeight = Math.round((double) thumbnail.width() * display.height() / display.width());
		assertThat((long) thumbnail.height()).as("thumbnail of %s keeps the proportions", row.file())
			.isBetween(proportionalHeight - 1, proportionalHeight + 1);
	}

	static void assertCleanProgressiveJpeg(String what, EncodedImage image) {
		JpegSegments segments = JpegSegments.read(image.jpeg());
		assertThat(segments.has(JpegSegments.SOF2)).as("%s is progressive: %s", what, segments.markerNames()).isTrue();
		assertThat(segments.components()).as("%s is in colour (sRGB)", what).isEqualTo(3);
		assertThat(segments.hasMetadata()).as("%s carries no metadata: %s", what, segments.markerNames()).isFalse();
		String raw = new String(image.jpeg(), StandardCharsets.ISO_8859_1);
		assertThat(METADATA_SIGNATURES).as("%s contains none of these", what).noneMatch(raw::contains);
		int quality = image.width() < 800 && image.height() < 800 ? 90 : 85;
		assertThat(segments.quality()).as("%s JPEG quality", what).isEqualTo(quality);
		BufferedImage decoded = CellMeans.decode(image.jpeg());
		assertThat(decoded.getWidth()).as("%s decodes to its stated width", what).isEqualTo(image.width());
		assertThat(decoded.getHeight()).as("%s decodes to its stated height", what).isEqualTo(image.height());
	}

}

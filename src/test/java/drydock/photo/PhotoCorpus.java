package drydock.photo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The test photos and what their MANIFEST.md says each must give. The rows are read from
 * the manifest itself, so another set of photos with a manifest in the same form is tested
 * the same way: {@code -Ddrydock.test.images=<folder>}.
 */
final class PhotoCorpus {

	private static final Pattern ROW = Pattern.compile("^\\|\\s*`([^`]+)`.*");

	private static final Pattern UPRIGHT = Pattern.compile("upright (\\d+)x(\\d+)");

	private static final Pattern SOURCE_FILE = Pattern.compile("`([^`]+)`");

	private final Path folder;

	private final List<Row> rows;

	private PhotoCorpus(Path folder, List<Row> rows) {
		this.folder = folder;
		this.rows = rows;
	}

	static PhotoCorpus load() {
		Path folder = Optional.ofNullable(System.getProperty("drydock.test.images")).map(Path::of).orElseGet(() -> {
			try {
				return Path.of(PhotoCorpus.class.getResource("/images/MANIFEST.md").toURI()).getParent();
			}
			catch (URISyntaxException ex) {
				throw new IllegalStateException(ex);
			}
		});
		try {
			List<Row> rows = new ArrayList<>();
			for (String line : Files.readAllLines(folder.resolve("MANIFEST.md"), StandardCharsets.UTF_8)) {
				Matcher row = ROW.matcher(line);
				if (row.matches()) {
					String[] cells = line.split("\\|");
					rows.add(new Row(row.group(1), cells[2].strip(), cells[6].strip(), cells[7].strip()));
				}
			}
			return new PhotoCorpus(folder, List.copyOf(rows));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	List<Row> rows() {
		return rows;
	}

	Row row(String file) {
		return rows.stream().filter(row -> row.file().equals(file)).findFirst().orElseThrow();
	}

	/** Files in the folder that no manifest row describes. */
	List<String> filesWithoutRow() {
		try (var files = Files.list(folder)) {
			return files.map(path -> path.getFileName().toString())
				.filter(name -> !name.equals("MANIFEST.md") && !name.equals("SHA256SUMS"))
				.filter(name -> rows.stream().noneMatch(row -> row.file().equals(name)))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	Path path(Row row) {
		return folder.resolve(row.file());
	}

	byte[] bytes(Row row) {
		try {
			return Files.readAllBytes(path(row));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * One manifest row.
	 * @param file the photo's file name
	 * @param description the "what it is" column
	 * @param handling the "expected handling" column
	 * @param source the "source + licence" column: rows made from the same picture name the same file
	 */
	record Row(String file, String description, String handling, String source) {

		/** The upright size the manifest says an accepted photo has, if it says one. */
		Optional<Size> upright() {
			Matcher upright = UPRIGHT.matcher(handling);
			return upright.find()
					? Optional.of(new Size(Integer.parseInt(upright.group(1)), Integer.parseInt(upright.group(2))))
					: Optional.empty();
		}

		/**
		 * What this row expects of an app that takes photos up to {@code maxPixels}: an
		 * accepted photo's upright size, or the HTTP status of its refusal.
		 */
		Expectation expectation(long maxPixels) {
			String text = handling.toLowerCase(Locale.ROOT);
			if (text.startsWith("accept")) {
				return Expectation.accepted(upright().orElseThrow(() -> unrecognised()));
			}
			if (text.startsWith("app policy") && text.contains("too large") && upright().isPresent()) {
				Size size = upright().get();
				return (long) size.width() * size.height() > maxPixels ? Expectation.refused(413)
						: Expectation.accepted(size);
			}
			if (text.startsWith("reject")) {
				if (containsAny(text, "pixel limit", "too large", "bomb")) {
					return Expectation.refused(413);
				}
				if (containsAny(text, "truncated", "corrupt", "empty", "damaged")) {
					return Expectation.refused(422);
				}
				if (containsAny(text, "unsupported type", "not an accepted", "not an image")) {
					return Expectation.refused(415);
				}
			}
			throw unrecognised();
		}

		/** The picture this photo was made from, when the row names exactly one source file. */
		Optional<String> sourcePicture() {
			Matcher files = SOURCE_FILE.matcher(source);
			List<String> found = new ArrayList<>();
			while (files.find()) {
				found.add(files.group(1));
			}
			return found.size() == 1 ? Optional.of(found.getFirst()) : Optional.empty();
		}

		private IllegalStateException unrecognised() {
			return new IllegalStateException("The manifest row of " + file + " says something these tests do not know: "
					+ handling);
		}

		private static boolean containsAny(String text, String... words) {
			for (String word : words) {
				if (text.contains(word)) {
					return true;
				}
			}
			return false;
		}

		@Override
		public String toString() {
			return file;
		}

	}

	record Size(int width, int height) {
	}

	/** Either an upright size (accepted) or an HTTP status (refused). */
	record Expectation(Size upright, int status) {

		static Expectation accepted(Size upright) {
			return new Expectation(upright, 0);
		}

		static Expectation refused(int status) {
			return new Expectation(null, status);
		}

		boolean accepted() {
			return upright != null;
		}

	}

}

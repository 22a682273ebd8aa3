package drydock.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The build step that minifies the static files: run by Maven (exec plugin, {@code process-resources})
 * as {@code java AssetMinifier.java <static sources> <static output>}, after the resources are copied,
 * so the jar and {@code spring-boot:run} serve, and hash, the minified files while {@code src} keeps the
 * readable ones. Only {@code .js} and {@code .css} files are touched.
 */
public final class AssetMinifier {

	private AssetMinifier() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 2) {
			throw new IllegalArgumentException("usage: AssetMinifier <source folder> <output folder>");
		}
		Path sources = Path.of(args[0]);
		Path output = Path.of(args[1]);
		List<Path> files;
		try (Stream<Path> walk = Files.walk(sources)) {
			files = walk.filter(file -> minifierFor(file) != null).sorted().toList();
		}
		for (Path file : files) {
			String source = Files.readString(file, StandardCharsets.UTF_8);
			String minified;
			try {
				minified = minifierFor(file).apply(source);
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException(file + ": " + ex.getMessage(), ex);
			}
			Path target = output.resolve(sources.relativize(file).toString());
			Files.createDirectories(target.getParent());
			Files.writeString(target, minified, StandardCharsets.UTF_8);
			System.out.printf("Minified %s: %,d -> %,d bytes%n", sources.relativize(file),
					source.getBytes(StandardCharsets.UTF_8).length, minified.getBytes(StandardCharsets.UTF_8).length);
		}
	}

	static UnaryOperator<String> minifierFor(Path file) {
		String name = file.getFileName().toString();
		if (name.endsWith(".js")) {
			return JavaScriptMinifier::minify;
		}
		if (name.endsWith(".css")) {
			return StyleSheetMinifier::minify;
		}
		return null;
	}

}

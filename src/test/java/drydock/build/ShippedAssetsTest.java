package drydock.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The static files the application serves (its classpath) are the build's minified copies of src's. */
class ShippedAssetsTest {

	private static final Path SOURCES = Path.of("src", "main", "resources", "static");

	static List<String> scriptsAndStyleSheets() throws IOException {
		try (Stream<Path> files = Files.walk(SOURCES)) {
			return files.filter(file -> AssetMinifier.minifierFor(file) != null)
				.map(file -> SOURCES.relativize(file).toString().replace('\\', '/'))
				.sorted()
				.toList();
		}
	}

	@ParameterizedTest
	@MethodSource("scriptsAndStyleSheets")
	void servedFileIsSmallerThanItsSourceAndMeansTheSame(String file) throws IOException {
		String source = Files.readString(SOURCES.resolve(file), StandardCharsets.UTF_8);
		String served = served(file);

		assertThat(served.length()).isLessThan(source.length() * 9 / 10);
		if (file.endsWith(".js")) {
			assertThat(ParsedAssets.javaScript(served)).isEqualTo(ParsedAssets.javaScript(source));
		}
		else {
			assertThat(ParsedAssets.styleSheet(served)).isEqualTo(ParsedAssets.styleSheet(source));
		}
	}

	private static String served(String file) throws IOException {
		try (InputStream in = ShippedAssetsTest.class.getResourceAsStream("/static/" + file)) {
			assertThat(in).as("static/%s on the classpath", file).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}

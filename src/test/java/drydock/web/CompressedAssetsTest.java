package drydock.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.util.DigestUtils;

import drydock.testing.RunningServerTest;

/**
 * What a browser gets for the style sheet and the photo form's script over real HTTP: the
 * minified file, gzipped, under a name hashed from the minified bytes, cacheable for a year.
 */
class CompressedAssetsTest extends RunningServerTest {

	@Test
	void styleSheetAndScriptArriveMinifiedGzippedAndCacheableForAYear() throws Exception {
		HttpClient crew = signedInCrew("AL");
		String page = crew.send(HttpRequest.newBuilder(uri("/crew/submit")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		String styleSheet = Jsoup.parse(page).selectFirst("link[rel=stylesheet]").attr("href");
		String script = Jsoup.parse(page).selectFirst("script[src]").attr("src");

		assertArrivesMinified(crew, styleSheet, "css/app.css");
		assertArrivesMinified(crew, script, "js/crew-form.js");
	}

	private void assertArrivesMinified(HttpClient client, String url, String file) throws Exception {
		HttpResponse<InputStream> response = client.send(
				HttpRequest.newBuilder(uri(url)).header("Accept-Encoding", "gzip").build(),
				HttpResponse.BodyHandlers.ofInputStream());
		byte[] body;
		try (InputStream gzipped = new GZIPInputStream(response.body())) {
			body = gzipped.readAllBytes();
		}
		byte[] minified = classpathFile("/static/" + file);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(
				value -> assertThat(value).contains("max-age=31536000"));
		assertThat(body).isEqualTo(minified);
		assertThat(minified.length).isLessThan((int) Files.size(Path.of("src/main/resources/static", file)));
		assertThat(url).contains("-" + DigestUtils.md5DigestAsHex(minified) + ".");
	}

	private static byte[] classpathFile(String path) throws IOException {
		try (InputStream in = CompressedAssetsTest.class.getResourceAsStream(path)) {
			assertThat(in).as(path).isNotNull();
			return in.readAllBytes();
		}
	}

}

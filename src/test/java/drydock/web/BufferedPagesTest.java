package drydock.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import drydock.testing.RunningServerTest;
import drydock.testing.WorkItemRows;

/**
 * Pages leave the server whole, with their length, over real HTTP: a client can tell a cut
 * page from a complete one, and a browser asking for gzip still gets the same page gzipped.
 */
class BufferedPagesTest extends RunningServerTest {

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private WebServerApplicationContext server;

	@Test
	void pagesLeaveThroughA64kBSocketBufferOnAtMost2000Connections() {
		var connector = ((TomcatWebServer) server.getWebServer()).getTomcat().getConnector();

		assertThat(connector.getProperty("socket.appWriteBufSize")).hasToString(String.valueOf(SocketWriteBuffer.SIZE));
		assertThat(connector.getProperty("maxConnections")).hasToString("2000");
	}

	@Test
	void aPageIsSentWithItsLengthAsUtf8() throws Exception {
		HttpClient crew = signedInCrew("AL");
		HttpResponse<byte[]> page = crew.send(HttpRequest.newBuilder(uri("/crew/submit")).build(),
				HttpResponse.BodyHandlers.ofByteArray());

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
		assertThat(page.headers().firstValue("Transfer-Encoding")).isEmpty();
		assertThat(page.headers().firstValueAsLong("Content-Length")).hasValue(page.body().length);
		// The page's own non-ASCII text (the middle dot in its title) arrives as UTF-8.
		assertThat(new String(page.body(), StandardCharsets.UTF_8)).contains("</html>").contains("·");
	}

	@Test
	void aPageSeveralTimesTheSocketsWriteBufferArrivesWhole() throws Exception {
		WorkItemRows rows = new WorkItemRows(jdbc);
		for (int i = 0; i < 100; i++) {
			int id = rows.insert(WorkItemRows.item("BIG-%03d".formatted(i)).description("Pump seal leaking ".repeat(8)));
			for (int photo = 1; photo <= 6; photo++) {
				rows.addPhoto(id, "photo-%d-%d.jpg".formatted(i, photo), "View " + photo);
			}
		}
		try {
			HttpResponse<byte[]> page = signedInAdmin().send(
					HttpRequest.newBuilder(uri("/admin/dashboard?per_page=100&sort=item_number")).build(),
					HttpResponse.BodyHandlers.ofByteArray());

			// Far larger than Tomcat's 8 kB response buffer, which a page written as it renders overflows in chunks.
			assertThat(page.body().length).isGreaterThan(2 * SocketWriteBuffer.SIZE);
			assertThat(page.headers().firstValue("Transfer-Encoding")).isEmpty();
			assertThat(page.headers().firstValueAsLong("Content-Length")).hasValue(page.body().length);
			String html = new String(page.body(), StandardCharsets.UTF_8);
			assertThat(html).contains("BIG-000").contains("BIG-099").contains("photo-99-6.jpg").contains("</html>");
		}
		finally {
			rows.deleteAll();
		}
	}

	@Test
	void aBrowserAskingForGzipGetsTheSamePageGzipped() throws Exception {
		HttpClient crew = signedInCrew("AL");
		// A page over Tomcat's 2 kB threshold for compressing.
		HttpResponse<byte[]> plain = crew.send(HttpRequest.newBuilder(uri("/crew/submit")).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		HttpResponse<InputStream> gzipped = crew.send(
				HttpRequest.newBuilder(uri("/crew/submit")).header("Accept-Encoding", "gzip").build(),
				HttpResponse.BodyHandlers.ofInputStream());

		assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
		try (InputStream body = new GZIPInputStream(gzipped.body())) {
			assertThat(new String(body.readAllBytes(), StandardCharsets.UTF_8)).contains("</html>")
				.hasSize(new String(plain.body(), StandardCharsets.UTF_8).length());
		}
	}

}

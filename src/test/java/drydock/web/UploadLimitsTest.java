package drydock.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import drydock.testing.RunningServerTest;

/** Forms over an upload limit (64 KB per photo, 160 KB per form here) get a 413 page naming the limit. */
class UploadLimitsTest extends RunningServerTest {

	@Test
	void aPhotoOverThePerPhotoLimitIsRefusedWithThatLimit() throws Exception {
		HttpResponse<String> response = submit(new byte[100 * 1024]);

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(Jsoup.parse(response.body()).text()).contains("413")
			.contains("Nothing was saved: a photo is larger than 64 KB, the most one photo may be.");
	}

	@Test
	void photosTogetherOverThePerFormLimitAreRefusedWithThatLimit() throws Exception {
		HttpResponse<String> response = submit(new byte[60 * 1024], new byte[60 * 1024], new byte[60 * 1024]);

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(Jsoup.parse(response.body()).text())
			.contains("Nothing was saved: the photos together are larger than 160 KB, the most one form may send.");
	}

	@Test
	void aFormWithinTheLimitsReachesTheForm() throws Exception {
		HttpResponse<String> response = submit(new byte[10 * 1024]);

		assertThat(response.statusCode()).isNotEqualTo(413).isNotEqualTo(403).isLessThan(500);
	}

	@Test
	void sizesAreShownInTheUnitsTheyWereSetIn() {
		assertThat(UploadLimits.readable(DataSize.ofMegabytes(25))).isEqualTo("25 MB");
		assertThat(UploadLimits.readable(DataSize.ofKilobytes(1500))).isEqualTo("1500 KB");
		assertThat(UploadLimits.readable(DataSize.ofBytes(1000))).isEqualTo("1000 bytes");
	}

	/** The crew's submission form, filled in, with the given bytes as its photos. */
	private HttpResponse<String> submit(byte[]... photos) throws Exception {
		HttpClient client = signedInCrew("DP");
		String token = csrfToken(client, "/crew/submit");
		String boundary = "----drydock" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		field(body, boundary, "_csrf", token);
		field(body, boundary, "item_number", "0101");
		field(body, boundary, "location", "Bridge");
		field(body, boundary, "description", "Window");
		field(body, boundary, "detail", "Cracked");
		for (byte[] photo : photos) {
			body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"photos\"; filename=\"photo.jpg\"\r\n"
					+ "Content-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
			Arrays.fill(photo, (byte) 7);
			body.write(photo);
			body.write("\r\n".getBytes(StandardCharsets.UTF_8));
			field(body, boundary, "photo_captions", "A photo");
		}
		body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return client.send(HttpRequest.newBuilder(uri("/crew/submit"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static void field(ByteArrayOutputStream body, String boundary, String name, String value) {
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
				+ "\r\n").getBytes(StandardCharsets.UTF_8));
	}

}

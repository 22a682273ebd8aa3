package drydock.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.Arrays;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import drydock.testing.MultipartBody;
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
		MultipartBody form = new MultipartBody().field("_csrf", csrfToken(client, "/crew/submit"))
			.field("item_number", "0101")
			.field("location", "Bridge")
			.field("description", "Window")
			.field("detail", "Cracked");
		for (byte[] photo : photos) {
			Arrays.fill(photo, (byte) 7);
			form.jpeg("photos", photo).field("photo_captions", "A photo");
		}
		return client.send(form.post(uri("/crew/submit")).build(), HttpResponse.BodyHandlers.ofString());
	}

}

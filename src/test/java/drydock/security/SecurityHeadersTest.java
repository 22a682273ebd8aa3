package drydock.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import drydock.testing.MultipartBody;
import drydock.testing.RunningServerTest;
import drydock.testing.TestPhotos;

/**
 * The security headers as Tomcat sends them, on a response of every kind: pages, error pages
 * (rendered by the application and by the container's error dispatch), static files, photos,
 * documents, JSON, and refusals (401, 403, 404, 413). HSTS only over HTTPS, which behind a
 * TLS-terminating proxy is X-Forwarded-Proto.
 */
class SecurityHeadersTest extends RunningServerTest {

	private static final String STRICT_TRANSPORT_SECURITY = "Strict-Transport-Security";

	@Autowired
	private JdbcClient jdbc;

	private final HttpClient stranger = HttpClient.newHttpClient();

	@Test
	void everyKindOfResponseForbidsSniffingFramingAndInlineScripts() throws Exception {
		HttpClient crew = signedInCrew("DP");
		HttpClient admin = signedInAdmin();
		int item = submitItemWithPhoto(crew);
		String photo = jdbc.sql("SELECT filename FROM photos WHERE work_item_id = ?").param(item).query(String.class).single();

		Map<String, HttpResponse<byte[]>> responses = new LinkedHashMap<>();
		responses.put("sign-in page, 200", get(stranger, "/crew-login", 200));
		responses.put("dashboard page, 200", get(admin, "/admin/dashboard", 200));
		responses.put("static stylesheet, 200", get(stranger, "/css/app.css", 200));
		responses.put("static script, 200", get(stranger, "/js/crew-form.js", 200));
		responses.put("photo, 200", get(admin, "/uploads/" + photo, 200));
		responses.put("Word document download, 200", get(admin, "/admin/download/" + item, 200));
		responses.put("spreadsheet download, 200", get(admin, "/admin/download-spreadsheet", 200));
		responses.put("API JSON, 200", get(admin, "/api/v1/work-items/" + item, 200));
		responses.put("API JSON for a missing item, 404", get(admin, "/api/v1/work-items/999999999", 404));
		responses.put("API to a stranger, 401", get(stranger, "/api/v1/work-items", 401));
		responses.put("admin page to crew, 403", get(crew, "/admin/dashboard", 403));
		responses.put("another crew member's photo, 403", get(signedInCrew("AL"), "/uploads/" + photo, 403));
		responses.put("no such address, 404", get(admin, "/admin/no-such-page", 404));
		responses.put("no such item, 404", get(admin, "/admin/view/999999999", 404));
		responses.put("no such photo, 404", get(admin, "/uploads/no-such-photo.jpg", 404));
		responses.put("malformed item id, 400", get(admin, "/admin/view/not-a-number", 400));
		responses.put("form over the upload limit, 413", tooLargeForm(crew));

		SoftAssertions softly = new SoftAssertions();
		responses.forEach((kind, response) -> {
			HttpHeaders headers = response.headers();
			softly.assertThat(headers.allValues("X-Content-Type-Options")).as(kind).containsExactly("nosniff");
			softly.assertThat(headers.firstValue("Content-Security-Policy")).as(kind)
				.hasValueSatisfying(policy -> assertThat(policy).contains("script-src 'self';", "frame-ancestors 'none'",
						"object-src 'none'").doesNotContain("unsafe-inline", "unsafe-eval"));
			softly.assertThat(headers.firstValue("X-Frame-Options")).as(kind).hasValue("DENY");
			softly.assertThat(headers.firstValue("Referrer-Policy")).as(kind).hasValue("same-origin");
			softly.assertThat(headers.firstValue(STRICT_TRANSPORT_SECURITY)).as(kind + " over plain HTTP").isEmpty();
		});
		softly.assertAll();
	}

	@Test
	void behindAnHttpsProxyEveryResponseAsksForHttpsFromNowOn() throws Exception {
		for (String path : new String[] { "/crew-login", "/css/app.css", "/no-such-page", "/api/v1/work-items" }) {
			HttpResponse<byte[]> response = stranger.send(
					HttpRequest.newBuilder(uri(path)).header("X-Forwarded-Proto", "https").GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());

			assertThat(response.headers().firstValue(STRICT_TRANSPORT_SECURITY)).as(path)
				.hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000"));
		}
	}

	@Test
	void overPlainHttpNoResponseAsksForHttps() throws Exception {
		HttpResponse<byte[]> page = get(stranger, "/crew-login", 200);
		HttpResponse<byte[]> forwardedHttp = stranger.send(
				HttpRequest.newBuilder(uri("/crew-login")).header("X-Forwarded-Proto", "http").GET().build(),
				HttpResponse.BodyHandlers.ofByteArray());

		assertThat(page.headers().firstValue(STRICT_TRANSPORT_SECURITY)).isEmpty();
		assertThat(forwardedHttp.headers().firstValue(STRICT_TRANSPORT_SECURITY)).isEmpty();
	}

	/** Submits an item with one photo through the crew form and returns its id. */
	private int submitItemWithPhoto(HttpClient crew) throws Exception {
		MultipartBody form = new MultipartBody().field("_csrf", csrfToken(crew, "/crew/submit"))
			.field("item_number", "")
			.field("location", "Bridge")
			.field("description", "Headers on every response")
			.field("detail", "An item whose photo and document are downloaded")
			.jpeg("photos", TestPhotos.unique())
			.field("photo_captions", "Window");
		HttpResponse<String> submitted = crew.send(form.post(uri("/crew/submit")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(submitted.statusCode()).as("submission").isEqualTo(302);
		return jdbc.sql("SELECT MAX(id) FROM work_items WHERE description = 'Headers on every response'")
			.query(Integer.class)
			.single();
	}

	private HttpResponse<byte[]> tooLargeForm(HttpClient crew) throws Exception {
		MultipartBody form = new MultipartBody().field("_csrf", csrfToken(crew, "/crew/submit"))
			.field("location", "Bridge")
			.jpeg("photos", new byte[100 * 1024]);
		return expect(413, crew.send(form.post(uri("/crew/submit")).build(), HttpResponse.BodyHandlers.ofByteArray()));
	}

	private HttpResponse<byte[]> get(HttpClient client, String path, int status) throws Exception {
		return expect(status,
				client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray()));
	}

	private static HttpResponse<byte[]> expect(int status, HttpResponse<byte[]> response) {
		assertThat(response.statusCode()).as(response.request().uri().getPath()).isEqualTo(status);
		return response;
	}

}

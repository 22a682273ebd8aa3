package drydock.testing;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application on a real Tomcat at a random port, for what MockMvc does not go through:
 * cookies as Tomcat writes them, forwarded headers, multipart limits. Upload limits are small
 * here (64 KB per photo, 160 KB per form) so they are cheap to pass. Subclasses share one
 * application context.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
public abstract class RunningServerTest {

	public static final String CREW_PASSWORD = "running-server-crew-password";

	public static final String ADMIN_PASSWORD = "running-server-admin-password";

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		Path data = Path.of("target", "test-data", UUID.randomUUID().toString()).toAbsolutePath();
		registry.add("DATABASE_URL", () -> "");
		registry.add("drydock.data-dir", data::toString);
		registry.add("drydock.access.admin-password", () -> ADMIN_PASSWORD);
		registry.add("drydock.access.crew-password", () -> CREW_PASSWORD);
		registry.add("spring.servlet.multipart.max-file-size", () -> "64KB");
		registry.add("spring.servlet.multipart.max-request-size", () -> "160KB");
	}

	@LocalServerPort
	protected int port;

	protected URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	/** A client keeping its cookies, signed in as the crew member through the sign-in form. */
	protected HttpClient signedInCrew(String name) throws Exception {
		return signedIn("/crew-login", "crew_name=" + name + "&password=" + CREW_PASSWORD);
	}

	/** A client keeping its cookies, signed in as the application's first admin ("admin") through the sign-in form. */
	protected HttpClient signedInAdmin() throws Exception {
		return signedIn("/admin-login", "username=admin&password=" + ADMIN_PASSWORD);
	}

	private HttpClient signedIn(String signInPage, String credentials) throws Exception {
		HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String form = credentials + "&_csrf=" + csrfToken(client, signInPage);
		HttpResponse<String> signIn = client.send(HttpRequest.newBuilder(uri(signInPage))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (signIn.statusCode() != 302) {
			throw new AssertionError("sign-in answered " + signIn.statusCode());
		}
		return client;
	}

	/** The CSRF token of the first form on a page, opened with the client. */
	protected String csrfToken(HttpClient client, String path) throws Exception {
		HttpResponse<String> page = client.send(HttpRequest.newBuilder(uri(path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		return Jsoup.parse(page.body()).selectFirst("form input[name=_csrf]").val();
	}

}

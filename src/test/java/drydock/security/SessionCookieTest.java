package drydock.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import drydock.testing.RunningServerTest;

/**
 * The session cookie as Tomcat sends it: HttpOnly and SameSite=Lax always, Secure when the
 * request came over HTTPS, which behind a TLS-terminating proxy is X-Forwarded-Proto.
 */
class SessionCookieTest extends RunningServerTest {

	private final HttpClient client = HttpClient.newHttpClient();

	@Test
	void behindAnHttpsProxyTheSessionCookieIsSecure() throws Exception {
		String cookie = sessionCookie(HttpRequest.newBuilder(signInPage()).header("X-Forwarded-Proto", "https"));

		assertThat(cookie).containsIgnoringCase("; Secure").containsIgnoringCase("; HttpOnly")
			.containsIgnoringCase("; SameSite=Lax");
	}

	@Test
	void overPlainHttpTheSessionCookieIsHttpOnlyAndLax() throws Exception {
		String cookie = sessionCookie(HttpRequest.newBuilder(signInPage()));

		assertThat(cookie).doesNotContainIgnoringCase("Secure").containsIgnoringCase("; HttpOnly")
			.containsIgnoringCase("; SameSite=Lax");
	}

	private URI signInPage() {
		return uri("/crew-login");
	}

	/** The sign-in page starts a session for its form's CSRF token. */
	private String sessionCookie(HttpRequest.Builder request) throws Exception {
		HttpResponse<String> response = client.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(value -> value.startsWith("JSESSIONID="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
	}

}

package drydock;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** What reading DATABASE_URL and REDIS_URL share: URL syntax, a host, and escaped credentials. */
final class ServiceUrls {

	private ServiceUrls() {
	}

	/** The URL with a host, or a message naming the setting that never repeats the URL (it holds a password). */
	static URI parse(String setting, String url) {
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (URISyntaxException ex) {
			// Not chained: the cause's message repeats the whole URL, password included, into the start-up log.
			String where = ex.getIndex() < 0 ? "" : " at character " + (ex.getIndex() + 1);
			throw new IllegalArgumentException(setting + " is not a valid URL: " + ex.getReason() + where
					+ " (escape special characters in the user name and password, e.g. @ as %40)");
		}
		if (uri.getHost() == null) {
			throw new IllegalArgumentException(setting + " names no host");
		}
		return uri;
	}

	/** The scheme of a refused URL, safe to show. */
	static String scheme(String url) {
		return url.substring(0, Math.min(url.length(), url.indexOf(':') + 1));
	}

	static String decode(String part) {
		return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
	}

}

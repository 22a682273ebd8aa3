package drydock;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * A database location as hosting platforms hand it out. {@code postgres://user:pass@host:port/db}
 * (Railway, Heroku) and {@code postgresql://...} become a JDBC URL plus credentials; a
 * {@code jdbc:} URL is taken as it is, credentials included in it or not.
 */
record DatabaseUrl(String jdbcUrl, String username, String password) {

	static DatabaseUrl parse(String value) {
		String url = value.strip();
		if (url.startsWith("jdbc:")) {
			return new DatabaseUrl(url, "", "");
		}
		if (!url.startsWith("postgres://") && !url.startsWith("postgresql://")) {
			throw new IllegalArgumentException(
					"DATABASE_URL must start with postgres://, postgresql:// or jdbc: (it starts with '"
							+ url.substring(0, Math.min(url.length(), url.indexOf(':') + 1)) + "')");
		}
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (URISyntaxException ex) {
			// Not chained: the cause's message repeats the whole URL, password included, into the start-up log.
			String where = ex.getIndex() < 0 ? "" : " at character " + (ex.getIndex() + 1);
			throw new IllegalArgumentException("DATABASE_URL is not a valid URL: " + ex.getReason() + where
					+ " (escape special characters in the user name and password, e.g. @ as %40)");
		}
		if (uri.getHost() == null) {
			throw new IllegalArgumentException("DATABASE_URL names no host");
		}
		StringBuilder jdbc = new StringBuilder("jdbc:postgresql://").append(uri.getHost());
		if (uri.getPort() > 0) {
			jdbc.append(':').append(uri.getPort());
		}
		jdbc.append(uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath());
		if (uri.getRawQuery() != null) {
			jdbc.append('?').append(uri.getRawQuery());
		}
		String username = "";
		String password = "";
		String userInfo = uri.getRawUserInfo();
		if (userInfo != null) {
			int colon = userInfo.indexOf(':');
			username = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
			password = colon < 0 ? "" : decode(userInfo.substring(colon + 1));
		}
		return new DatabaseUrl(jdbc.toString(), username, password);
	}

	private static String decode(String part) {
		return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
	}

}

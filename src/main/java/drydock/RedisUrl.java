package drydock;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * A Redis location as hosting platforms hand it out: {@code redis://[[user]:password@]host[:port][/db]},
 * or {@code rediss://...} for TLS. The port defaults to 6379 and the database to 0; a user
 * name is only needed with Redis ACLs.
 */
record RedisUrl(String host, int port, String username, String password, int database, boolean ssl) {

	static final int DEFAULT_PORT = 6379;

	static RedisUrl parse(String value) {
		String url = value.strip();
		boolean ssl = url.startsWith("rediss://");
		if (!ssl && !url.startsWith("redis://")) {
			throw new IllegalArgumentException("REDIS_URL must start with redis:// or rediss:// (it starts with '"
					+ url.substring(0, Math.min(url.length(), url.indexOf(':') + 1)) + "')");
		}
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (URISyntaxException ex) {
			// Not chained: the cause's message repeats the whole URL, password included, into the start-up log.
			String where = ex.getIndex() < 0 ? "" : " at character " + (ex.getIndex() + 1);
			throw new IllegalArgumentException("REDIS_URL is not a valid URL: " + ex.getReason() + where
					+ " (escape special characters in the password, e.g. @ as %40)");
		}
		if (uri.getHost() == null) {
			throw new IllegalArgumentException("REDIS_URL names no host");
		}
		int port = uri.getPort() > 0 ? uri.getPort() : DEFAULT_PORT;
		String username = "";
		String password = "";
		String userInfo = uri.getRawUserInfo();
		if (userInfo != null) {
			int colon = userInfo.indexOf(':');
			// redis://secret@host is a password alone, as redis-cli and Lettuce read it.
			username = colon < 0 ? "" : decode(userInfo.substring(0, colon));
			password = decode(colon < 0 ? userInfo : userInfo.substring(colon + 1));
		}
		int database = 0;
		String path = uri.getRawPath();
		if (path != null && path.length() > 1) {
			try {
				database = Integer.parseInt(path.substring(1));
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException("REDIS_URL's path must be a database number, like /0");
			}
		}
		return new RedisUrl(uri.getHost(), port, username, password, database, ssl);
	}

	private static String decode(String part) {
		return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
	}

}

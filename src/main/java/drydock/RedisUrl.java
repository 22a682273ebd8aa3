package drydock;

import java.net.URI;

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
					+ ServiceUrls.scheme(url) + "')");
		}
		URI uri = ServiceUrls.parse("REDIS_URL", url);
		int port = uri.getPort() > 0 ? uri.getPort() : DEFAULT_PORT;
		String username = "";
		String password = "";
		String userInfo = uri.getRawUserInfo();
		if (userInfo != null) {
			int colon = userInfo.indexOf(':');
			// redis://secret@host is a password alone, as redis-cli and Lettuce read it.
			username = colon < 0 ? "" : ServiceUrls.decode(userInfo.substring(0, colon));
			password = ServiceUrls.decode(colon < 0 ? userInfo : userInfo.substring(colon + 1));
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

}

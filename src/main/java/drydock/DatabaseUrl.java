package drydock;

import java.net.URI;

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
							+ ServiceUrls.scheme(url) + "')");
		}
		URI uri = ServiceUrls.parse("DATABASE_URL", url);
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
			username = ServiceUrls.decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
			password = colon < 0 ? "" : ServiceUrls.decode(userInfo.substring(colon + 1));
		}
		return new DatabaseUrl(jdbc.toString(), username, password);
	}

}

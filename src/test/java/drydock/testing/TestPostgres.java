package drydock.testing;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A throw-away PostgreSQL database per test class on the server named by
 * {@code DRYDOCK_TEST_POSTGRES_URL} (default: the local server, user postgres).
 */
public final class TestPostgres implements AutoCloseable {

	private static final String SERVER_URL = System.getenv().getOrDefault("DRYDOCK_TEST_POSTGRES_URL",
			"jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres");

	private final String name;

	private TestPostgres(String name) {
		this.name = name;
	}

	/** Skips the calling test (fails it in CI) when no server answers. */
	public static void assumeAvailable() {
		RequiredServices.assumeAvailable("PostgreSQL", reachable(),
				"start it, or set DRYDOCK_TEST_POSTGRES_URL to a server where the user may create databases");
	}

	/** Creates an empty database, or skips (fails in CI) when no server answers. */
	public static TestPostgres create(String purpose) {
		assumeAvailable();
		String name = "drydock_" + purpose.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "") + "_"
				+ UUID.randomUUID().toString().substring(0, 8);
		execute("CREATE DATABASE " + name);
		return new TestPostgres(name);
	}

	/** A JDBC URL of this database, with the server URL's user and options. */
	public String jdbcUrl() {
		int slash = SERVER_URL.indexOf('/', "jdbc:postgresql://".length());
		int query = SERVER_URL.indexOf('?');
		return SERVER_URL.substring(0, slash + 1) + name + (query < 0 ? "" : SERVER_URL.substring(query));
	}

	/** The server's address, for a {@link FaultyTcpProxy} to forward to. */
	public static URI server() {
		return URI.create(SERVER_URL.substring("jdbc:".length()));
	}

	/** {@link #jdbcUrl()} reached through a local port instead, such as a {@link FaultyTcpProxy}'s. */
	public String jdbcUrlThrough(int localPort) {
		return jdbcUrl().replaceFirst("//[^/]+/", "//127.0.0.1:" + localPort + "/");
	}

	/**
	 * This database as hosting platforms hand it out in {@code DATABASE_URL}:
	 * {@code postgres://user:password@host:port/name}, with the server URL's user and password.
	 */
	public String platformUrl() {
		URI server = server();
		Map<String, String> options = new HashMap<>();
		if (server.getRawQuery() != null) {
			for (String option : server.getRawQuery().split("&")) {
				int equals = option.indexOf('=');
				if (equals > 0) {
					options.put(option.substring(0, equals), URLDecoder.decode(option.substring(equals + 1), StandardCharsets.UTF_8));
				}
			}
		}
		StringBuilder url = new StringBuilder("postgres://");
		if (options.containsKey("user")) {
			url.append(URLEncoder.encode(options.get("user"), StandardCharsets.UTF_8));
			if (options.containsKey("password")) {
				url.append(':').append(URLEncoder.encode(options.get("password"), StandardCharsets.UTF_8));
			}
			url.append('@');
		}
		url.append(server.getHost());
		if (server.getPort() > 0) {
			url.append(':').append(server.getPort());
		}
		return url.append('/').append(name).toString();
	}

	public String name() {
		return name;
	}

	public Connection connect() throws SQLException {
		return DriverManager.getConnection(jdbcUrl());
	}

	@Override
	public void close() {
		execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
	}

	private static boolean reachable() {
		DriverManager.setLoginTimeout(3);
		try (Connection connection = DriverManager.getConnection(SERVER_URL)) {
			return connection.isValid(3);
		}
		catch (SQLException ex) {
			return false;
		}
	}

	private static void execute(String sql) {
		try (Connection connection = DriverManager.getConnection(SERVER_URL);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("PostgreSQL: " + sql + " failed: " + ex.getMessage(), ex);
		}
	}

}

package drydock.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
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

	/** Creates an empty database, or skips (fails in CI) when no server answers. */
	public static TestPostgres create(String purpose) {
		RequiredServices.assumeAvailable("PostgreSQL", reachable(),
				"start it, or set DRYDOCK_TEST_POSTGRES_URL to a server where the user may create databases");
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

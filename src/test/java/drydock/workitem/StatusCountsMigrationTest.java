package drydock.workitem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import drydock.testing.TestPostgres;

/**
 * A database that already holds items when V9 arrives (an upgrade, or a Flask database being
 * adopted) starts with counts taken from its rows, and the counts follow later writes.
 */
class StatusCountsMigrationTest {

	@Test
	void onH2TheCountsStartFromTheRowsAlreadyThere() throws SQLException {
		String url = "jdbc:h2:mem:counts-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
				+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
		try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
			upgradeWithItems(url, "sa", "h2", connection);
		}
	}

	@Test
	void onPostgresTheCountsStartFromTheRowsAlreadyThere() throws SQLException {
		try (TestPostgres database = TestPostgres.create("countsmigration"); Connection connection = database.connect()) {
			upgradeWithItems(database.jdbcUrl(), null, "postgresql", connection);
		}
	}

	private static void upgradeWithItems(String url, String user, String vendor, Connection connection) throws SQLException {
		migrate(url, user, vendor, "8");
		try (Statement statement = connection.createStatement()) {
			for (String[] item : new String[][] { { "0101", "Submitted" }, { "0102", "Submitted" },
					{ "0103", "Needs Revision" }, { "0104", "In Review by someone long gone" } }) {
				statement.execute("INSERT INTO work_items (item_number, location, ns_equipment, description, detail, "
						+ "submitter_name, status) VALUES ('" + item[0] + "', 'x', 'x', 'x', 'x', 'DP', '" + item[1] + "')");
			}
		}

		migrate(url, user, vendor, "latest");

		assertThat(counts(connection)).isEqualTo(
				Map.of("Needs Revision", 1L, "Submitted", 2L, "In Review by someone long gone", 1L));
		try (Statement statement = connection.createStatement()) {
			statement.execute("UPDATE work_items SET status = 'Submitted' WHERE item_number = '0104'");
		}
		assertThat(counts(connection)).containsEntry("Submitted", 3L).containsEntry("In Review by someone long gone", 0L);
	}

	static void migrate(String url, String user, String vendor, String target) {
		Flyway.configure()
			.dataSource(url, user, user == null ? null : "")
			.locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
			.target(target)
			.load()
			.migrate();
	}

	private static Map<String, Long> counts(Connection connection) throws SQLException {
		Map<String, Long> counts = new TreeMap<>();
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT status, item_count FROM status_counts")) {
			while (rs.next()) {
				counts.put(rs.getString(1), rs.getLong(2));
			}
		}
		return counts;
	}

}

package drydock.workitem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import drydock.testing.TestPostgres;

/**
 * A PostgreSQL database that already holds items when V11 arrives has each of their words paired
 * with the word before it (the dashboard counts an item once per search word by it), and later
 * edits keep the pairs.
 */
class SearchWordsMigrationTest {

	@Test
	void theItemsAlreadyThereGetTheirPreviousWordsAndEditsKeepThem() throws SQLException {
		try (TestPostgres database = TestPostgres.create("wordsmigration"); Connection connection = database.connect()) {
			StatusCountsMigrationTest.migrate(database.jdbcUrl(), null, "postgresql", "10");
			execute(connection, "INSERT INTO work_items (item_number, location, ns_equipment, description, detail, "
					+ "submitter_name, status) VALUES ('0101', 'Pump room', 'x', 'Spare pumps', 'x', 'DP', 'Submitted')");

			StatusCountsMigrationTest.migrate(database.jdbcUrl(), null, "postgresql", "latest");

			assertThat(words(connection)).containsExactly("0101 after nothing", "dp after 0101", "pump after dp",
					"pumps after pump", "room after pumps", "spare after room", "x after spare");
			execute(connection, "UPDATE work_items SET description = 'Spare parts' WHERE item_number = '0101'");
			assertThat(words(connection)).containsExactly("0101 after nothing", "dp after 0101", "parts after dp",
					"pump after parts", "room after pump", "spare after room", "x after spare");
		}
	}

	private static void execute(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static List<String> words(Connection connection) throws SQLException {
		List<String> words = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT word, previous_word FROM search_words ORDER BY word")) {
			while (rs.next()) {
				words.add(rs.getString(1) + " after " + (rs.getString(2) == null ? "nothing" : rs.getString(2)));
			}
		}
		return words;
	}

}

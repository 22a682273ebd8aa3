package drydock.workitem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import drydock.testing.TestPostgres;

/**
 * PostgreSQL's per-word search counts (V12) say, for every prefix of every word, what counting the
 * words themselves says (V11: an item once per word its first word starting so): for the items there
 * when V12 arrives, after inserts, edits, status changes and deletes, and after their rows are merged.
 */
class SearchWordCountsMigrationTest {

	@Test
	void everyPrefixCountsWhatItsWordsCountThroughEditsAndMerges() throws SQLException {
		try (TestPostgres database = TestPostgres.create("wordcounts"); Connection connection = database.connect()) {
			StatusCountsMigrationTest.migrate(database.jdbcUrl(), null, "postgresql", "11");
			insert(connection, "0101", "Pump room", "Pump leaks, spare pumps ordered", "Submitted");
			insert(connection, "0102", "Pump room", "Spare pumps", "Needs Revision");

			StatusCountsMigrationTest.migrate(database.jdbcUrl(), null, "postgresql", "latest");

			// Each item has "pump" and "pumps" and is counted once.
			assertThat(counted(connection, "pump")).isEqualTo(Map.of("Needs Revision", 1L, "Submitted", 1L));
			assertEveryPrefixAgrees(connection);

			insert(connection, "0103", "Skåp 𝔄 deck", "Pumpe skåpet", "Submitted");
			execute(connection, "UPDATE work_items SET description = 'Spare parts', status = 'Completed Review' WHERE item_number = '0101'");
			execute(connection, "UPDATE work_items SET status = 'Submitted' WHERE item_number = '0102'");
			execute(connection, "DELETE FROM work_items WHERE item_number = '0102'");
			assertThat(rows(connection)).as("rows before the merge").isGreaterThan(distinctKeys(connection));
			assertEveryPrefixAgrees(connection);

			execute(connection, "SELECT compact_search_word_counts()");

			assertThat(rows(connection)).as("rows after the merge").isEqualTo(distinctKeys(connection));
			assertThat(single(connection, "SELECT COUNT(*) FROM search_word_counts WHERE item_count = 0")).isZero();
			assertEveryPrefixAgrees(connection);
			assertThat(counted(connection, "skå")).isEqualTo(Map.of("Submitted", 1L));
			assertThat(counted(connection, "𝔄")).isEqualTo(Map.of("Submitted", 1L));

			execute(connection, "TRUNCATE work_items CASCADE");
			assertThat(rows(connection)).isZero();
		}
	}

	/** Every prefix of every word any item has: its counts from the words and from the counts agree. */
	private static void assertEveryPrefixAgrees(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT DISTINCT left(word, n) FROM search_words, "
						+ "generate_series(1, length(word)) AS n")) {
			int prefixes = 0;
			while (rs.next()) {
				String prefix = rs.getString(1);
				assertThat(counted(connection, prefix)).as(prefix).isEqualTo(countedFromWords(connection, prefix));
				prefixes++;
			}
			assertThat(prefixes).isGreaterThan(20);
		}
	}

	/** As the dashboard counts one word (WorkItemSearch). */
	private static Map<String, Long> counted(Connection connection, String prefix) throws SQLException {
		return countsBy(connection, "SELECT status, SUM(item_count) FROM search_word_counts WHERE word >= ? AND word < ? "
				+ "AND shared_prefix < ? GROUP BY status HAVING SUM(item_count) > 0", prefix,
				prefix.codePointCount(0, prefix.length()));
	}

	/** As the dashboard counted one word before V12, and still counts each of several. */
	private static Map<String, Long> countedFromWords(Connection connection, String prefix) throws SQLException {
		return countsBy(connection, "SELECT status, COUNT(*) FROM search_words WHERE word >= ? AND word < ? "
				+ "AND (previous_word IS NULL OR previous_word < ?) GROUP BY status", prefix, prefix);
	}

	private static Map<String, Long> countsBy(Connection connection, String sql, String prefix, Object third)
			throws SQLException {
		Map<String, Long> counts = new TreeMap<>();
		try (var statement = connection.prepareStatement(sql)) {
			statement.setString(1, prefix);
			statement.setString(2, prefix + Character.toString(Character.MAX_CODE_POINT));
			statement.setObject(3, third);
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					counts.put(rs.getString(1), rs.getLong(2));
				}
			}
		}
		return counts;
	}

	private static long rows(Connection connection) throws SQLException {
		return single(connection, "SELECT COUNT(*) FROM search_word_counts");
	}

	private static long distinctKeys(Connection connection) throws SQLException {
		return single(connection, "SELECT COUNT(*) FROM (SELECT DISTINCT word, shared_prefix, status FROM search_word_counts) k");
	}

	private static long single(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static void insert(Connection connection, String number, String location, String description, String status)
			throws SQLException {
		execute(connection, "INSERT INTO work_items (item_number, location, ns_equipment, description, detail, submitter_name, "
				+ "status) VALUES ('" + number + "', '" + location + "', 'x', '" + description + "', 'x', 'DP', '" + status + "')");
	}

	private static void execute(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}

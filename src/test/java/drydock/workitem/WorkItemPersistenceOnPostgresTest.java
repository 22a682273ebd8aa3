package drydock.workitem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

import drydock.testing.StatementCounter;
import drydock.testing.TestPostgres;
import drydock.testing.ThrowAwayPostgres;

/** The persistence tests on PostgreSQL, in a database of their own. */
@ContextConfiguration(initializers = ThrowAwayPostgres.class)
@DirtiesContext
class WorkItemPersistenceOnPostgresTest extends WorkItemPersistenceTests {

	@Autowired
	private SearchWordCounts searchWordCounts;

	@Autowired
	private StatementCounter statements;

	@BeforeAll
	static void needsPostgres() {
		TestPostgres.assumeAvailable();
	}

	/** The merge groups the whole table of counts, so it runs only when something was written since the last. */
	@Test
	void theWordCountsAreMergedOnlyAfterAWrite() {
		searchWordCounts.compact();
		assertThat(statements.count(searchWordCounts::compact)).as("statements with nothing new to merge").isEqualTo(1);

		jdbc.sql("INSERT INTO work_items (item_number, location, ns_equipment, description, detail, submitter_name) "
				+ "VALUES ('MERGE-1', 'Pump room', 'x', 'Pump seal', 'x', 'DP')").update();

		assertThat(statements.count(searchWordCounts::compact)).as("statements after a write").isEqualTo(2);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM (SELECT word, shared_prefix, status FROM search_word_counts "
				+ "GROUP BY 1, 2, 3 HAVING COUNT(*) > 1) repeated").query(Long.class).single()).as("keys left unmerged").isZero();
		assertThat(statements.count(searchWordCounts::compact)).as("statements with nothing new again").isEqualTo(1);
	}

}

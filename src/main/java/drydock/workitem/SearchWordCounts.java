package drydock.workitem;

import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import drydock.DatabaseKind;

/**
 * Keeps PostgreSQL's per-word search counts (V12) a few rows per word: every write adds its changes
 * as new rows, and this merges them every few minutes, so a one-word search's count reads about as
 * many rows however many items were written since. H2 has no such table (it counts the matching rows).
 */
@Component
public class SearchWordCounts {

	private static final Logger log = LoggerFactory.getLogger(SearchWordCounts.class);

	/** The number of the latest change to the counts (V13), 0 before the first. */
	private static final String LATEST_CHANGE = "SELECT CASE WHEN is_called THEN last_value ELSE 0 END "
			+ "FROM search_word_count_changes";

	private final JdbcClient jdbc;

	private final boolean postgres;

	/** The latest change this node's last merge took in; none yet in a new process. */
	private volatile long mergedUpTo = -1;

	SearchWordCounts(JdbcClient jdbc, DatabaseKind database) {
		this.jdbc = jdbc;
		this.postgres = database.isPostgres();
	}

	/**
	 * Merges each word's rows into one, unless nothing changed since this node last did (the merge
	 * groups the whole table); safe beside writers and on several nodes at once.
	 */
	@Scheduled(initialDelay = 5, fixedDelay = 5, timeUnit = TimeUnit.MINUTES)
	public void compact() {
		if (!postgres) {
			return;
		}
		// Read before merging: a change made while the merge runs is merged the next time.
		long latest = jdbc.sql(LATEST_CHANGE).query(Long.class).single();
		if (latest == mergedUpTo) {
			return;
		}
		long merged = jdbc.sql("SELECT compact_search_word_counts()").query(Long.class).single();
		mergedUpTo = latest;
		log.debug("Merged {} rows of search word counts", merged);
	}

}

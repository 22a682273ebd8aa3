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
 * many rows however many items were written since. H2 has no such table (it counts with LIKE).
 */
@Component
public class SearchWordCounts {

	private static final Logger log = LoggerFactory.getLogger(SearchWordCounts.class);

	private final JdbcClient jdbc;

	private final boolean postgres;

	SearchWordCounts(JdbcClient jdbc, DatabaseKind database) {
		this.jdbc = jdbc;
		this.postgres = database.isPostgres();
	}

	/** Merges each word's rows into one; safe beside writers and on several nodes at once. */
	@Scheduled(initialDelay = 5, fixedDelay = 5, timeUnit = TimeUnit.MINUTES)
	public void compact() {
		if (!postgres) {
			return;
		}
		long merged = jdbc.sql("SELECT compact_search_word_counts()").query(Long.class).single();
		log.debug("Merged {} rows of search word counts", merged);
	}

}

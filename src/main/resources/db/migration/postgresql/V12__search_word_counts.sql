-- How many items each word of search_words (V10, V11) counts for, per status, so a one-word search is
-- counted from the few rows of the words its prefix starts (12 for "pump" at 100,000 seeded items)
-- instead of one key entry per match (12,211, 2.7 ms of a request's 4).
--
-- V11 counts a row of search_words for a prefix when its word starts with the prefix and its previous
-- word does not: the item's first word starting so. The previous word starts with the prefix exactly
-- when it shares at least the prefix's length with the word (both start with the same characters), so
-- rows of one word, status and shared length count alike, and this table keeps their number.

-- How many characters two words share from their start; 0 when there is no previous word.
CREATE FUNCTION shared_prefix_length(previous_word text, word text) RETURNS integer
	LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
	shared integer := 0;
	longest integer := coalesce(least(length(previous_word), length(word)), 0);
BEGIN
	WHILE shared < longest AND substr(previous_word, shared + 1, 1) = substr(word, shared + 1, 1) LOOP
		shared := shared + 1;
	END LOOP;
	RETURN shared;
END;
$$;

-- Changes are added as rows, not to one row per key: writers adding to shared rows would wait on each
-- other for common words until they commit, and could deadlock across statements. A key's rows are
-- summed when read and merged by compact_search_word_counts() (run by the application every few minutes).
CREATE TABLE search_word_counts (
	word TEXT COLLATE "C" NOT NULL,
	shared_prefix INTEGER NOT NULL,
	status VARCHAR(100) NOT NULL,
	item_count BIGINT NOT NULL
);

-- No item may change while the counts are taken, or the change would be counted twice or not at all.
LOCK TABLE work_items IN SHARE MODE;

INSERT INTO search_word_counts (word, shared_prefix, status, item_count)
	SELECT word, shared_prefix_length(previous_word, word), status, COUNT(*) FROM search_words GROUP BY 1, 2, 3;
-- The count reads the key alone (an index-only scan).
CREATE INDEX idx_search_word_counts ON search_word_counts (word, shared_prefix, status) INCLUDE (item_count);
ALTER TABLE search_word_counts SET (autovacuum_vacuum_scale_factor = 0.01, autovacuum_vacuum_insert_scale_factor = 0.01);

-- Once per statement of search_words' own triggers, with its transition tables: one row per key changed.
CREATE FUNCTION count_search_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'INSERT' THEN
		INSERT INTO search_word_counts (word, shared_prefix, status, item_count)
			SELECT word, shared_prefix_length(previous_word, word), status, COUNT(*) FROM new_rows GROUP BY 1, 2, 3;
	ELSIF TG_OP = 'DELETE' THEN
		INSERT INTO search_word_counts (word, shared_prefix, status, item_count)
			SELECT word, shared_prefix_length(previous_word, word), status, -COUNT(*) FROM old_rows GROUP BY 1, 2, 3;
	ELSE
		INSERT INTO search_word_counts (word, shared_prefix, status, item_count)
			SELECT word, shared_prefix, status, SUM(change) FROM (
				SELECT word, shared_prefix_length(previous_word, word) AS shared_prefix, status, 1 AS change FROM new_rows
				UNION ALL
				SELECT word, shared_prefix_length(previous_word, word), status, -1 FROM old_rows) changes
			GROUP BY 1, 2, 3 HAVING SUM(change) <> 0;
	END IF;
	RETURN NULL;
END;
$$;

CREATE TRIGGER search_words_counted_on_insert AFTER INSERT ON search_words
	REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION count_search_words();
CREATE TRIGGER search_words_counted_on_update AFTER UPDATE ON search_words
	REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION count_search_words();
CREATE TRIGGER search_words_counted_on_delete AFTER DELETE ON search_words
	REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION count_search_words();

CREATE FUNCTION clear_search_word_counts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	TRUNCATE search_word_counts;
	RETURN NULL;
END;
$$;

CREATE TRIGGER search_words_counted_on_truncate AFTER TRUNCATE ON search_words
	FOR EACH STATEMENT EXECUTE FUNCTION clear_search_word_counts();

-- Merges each key's rows into one (none when they sum to 0) and returns how many rows it merged. Safe to run
-- on several nodes at once and beside writers: it removes only rows its snapshot sees, and puts back exactly
-- the sum of those it removed; a row another run removed first is skipped by this one.
CREATE FUNCTION compact_search_word_counts() RETURNS bigint LANGUAGE sql AS $$
	WITH repeated AS (
		SELECT word, shared_prefix, status FROM search_word_counts
		GROUP BY 1, 2, 3 HAVING COUNT(*) > 1 OR SUM(item_count) = 0),
	merged AS (
		DELETE FROM search_word_counts c USING repeated r
		WHERE c.word = r.word AND c.shared_prefix = r.shared_prefix AND c.status = r.status
		RETURNING c.word, c.shared_prefix, c.status, c.item_count),
	kept AS (
		INSERT INTO search_word_counts (word, shared_prefix, status, item_count)
		SELECT word, shared_prefix, status, SUM(item_count) FROM merged GROUP BY 1, 2, 3 HAVING SUM(item_count) <> 0)
	SELECT COUNT(*) FROM merged;
$$;

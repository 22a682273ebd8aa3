-- Each row of search_words (V10) also holds the word before it among its item's words in "C" order
-- (NULL for the item's first word). An item's words that start with a prefix are consecutive in that
-- order, so exactly one of them, the first, has a previous word that sorts before the prefix: counting
-- only those rows counts each item once per word of the search, and the dashboard's count no longer
-- removes duplicates with a UNION (more than half its time for a word in 12% of 100,000 items).

-- An item's words, each with the one before it; one place for the order the count relies on.
CREATE FUNCTION item_words(vector tsvector) RETURNS TABLE (word text, previous_word text) LANGUAGE sql IMMUTABLE AS $$
	SELECT words.word, lag(words.word) OVER (ORDER BY words.word COLLATE "C") FROM unnest(tsvector_to_array(vector)) AS words(word)
$$;

-- No item may change while its words are copied into the new table, or the change would be lost with the old one.
LOCK TABLE work_items IN SHARE MODE;

-- A new table rather than an UPDATE of every row: the update wrote each of 2 million rows again, left
-- the old versions behind until vacuum and added each new one to the old key (51 s at 100,000 items,
-- against 4-8 s to fill the new table, on one busy machine).
CREATE TABLE search_words_filled (
	word TEXT COLLATE "C" NOT NULL,
	status VARCHAR(100) NOT NULL,
	work_item_id INTEGER NOT NULL,
	previous_word TEXT COLLATE "C"
);
INSERT INTO search_words_filled (word, status, work_item_id, previous_word)
	SELECT words.word, w.status, w.id, words.previous_word FROM work_items w, item_words(w.search_vector) AS words;
DROP TABLE search_words;
ALTER TABLE search_words_filled RENAME TO search_words;
-- The previous word rides in the key's leaves, so the count still reads the key alone; built after the
-- rows, sorted and packed, as in V10.
ALTER TABLE search_words ADD PRIMARY KEY (word, status, work_item_id) INCLUDE (previous_word);
-- As V10 set them on the table this one replaces.
ALTER TABLE search_words SET (autovacuum_vacuum_scale_factor = 0.01, autovacuum_vacuum_insert_scale_factor = 0.01);

-- V10's triggers, now writing each row's previous word. An update still changes only the rows that
-- differ: the item's words compared with their previous words, so a word whose predecessor was added or
-- removed is written again (removed, then added with the new one) while the rest stay untouched.
CREATE OR REPLACE FUNCTION index_search_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'INSERT' THEN
		INSERT INTO search_words (word, status, work_item_id, previous_word)
			SELECT words.word, n.status, n.id, words.previous_word FROM new_rows n, item_words(n.search_vector) AS words;
	ELSIF TG_OP = 'DELETE' THEN
		DELETE FROM search_words s USING old_rows o, unnest(tsvector_to_array(o.search_vector)) AS words(word)
			WHERE s.word = words.word COLLATE "C" AND s.status = o.status AND s.work_item_id = o.id;
	ELSE
		DELETE FROM search_words s USING (
				SELECT words.word, o.status, o.id, words.previous_word FROM old_rows o, item_words(o.search_vector) AS words
				EXCEPT
				SELECT words.word, n.status, n.id, words.previous_word FROM new_rows n, item_words(n.search_vector) AS words) lost
			WHERE s.word = lost.word COLLATE "C" AND s.status = lost.status AND s.work_item_id = lost.id;
		INSERT INTO search_words (word, status, work_item_id, previous_word)
			SELECT words.word, n.status, n.id, words.previous_word FROM new_rows n, item_words(n.search_vector) AS words
			EXCEPT
			SELECT words.word, o.status, o.id, words.previous_word FROM old_rows o, item_words(o.search_vector) AS words;
	END IF;
	RETURN NULL;
END;
$$;

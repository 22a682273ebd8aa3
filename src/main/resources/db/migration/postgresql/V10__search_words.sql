-- The words of every item's search_vector with the item's status, so the dashboard counts a search's
-- matches per status from this table's primary key alone (an index-only scan). Counting through the
-- GIN index fetched a heap page for each match: 6,000 of the table's 7,300 pages for a word in 12% of
-- 100,000 items, as PostgreSQL 15 reads the heap for every bitmap match to check visibility.
-- "C" order, so a word's prefix is one range of the key (word LIKE 'pum%').
CREATE TABLE search_words (
	word TEXT COLLATE "C" NOT NULL,
	status VARCHAR(100) NOT NULL,
	work_item_id INTEGER NOT NULL
);

INSERT INTO search_words (word, status, work_item_id)
	SELECT words.word, w.status, w.id FROM work_items w, unnest(tsvector_to_array(w.search_vector)) AS words(word);
-- After the rows, so the key is built sorted and packed: half the size of one grown row by row.
ALTER TABLE search_words ADD PRIMARY KEY (word, status, work_item_id);
-- The count reads a row's page only when the visibility map no longer marks it all-visible, as after
-- an item's status changed; vacuum after 1% of the rows changed (about 1,000 items at 100,000), not 20%.
ALTER TABLE search_words SET (autovacuum_vacuum_scale_factor = 0.01, autovacuum_vacuum_insert_scale_factor = 0.01);

-- Kept by triggers as V9 keeps status_counts, and for the same reason: every writer passes through
-- them. Once per statement: an update removes only the (word, status) pairs an item lost and adds only
-- those it gained, so a write that changes neither status nor searched text changes nothing here.
CREATE FUNCTION index_search_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'INSERT' THEN
		INSERT INTO search_words (word, status, work_item_id)
			SELECT words.word, n.status, n.id FROM new_rows n, unnest(tsvector_to_array(n.search_vector)) AS words(word);
	ELSIF TG_OP = 'DELETE' THEN
		DELETE FROM search_words s USING old_rows o, unnest(tsvector_to_array(o.search_vector)) AS words(word)
			WHERE s.word = words.word COLLATE "C" AND s.status = o.status AND s.work_item_id = o.id;
	ELSE
		DELETE FROM search_words s USING (
				SELECT words.word, o.status, o.id FROM old_rows o, unnest(tsvector_to_array(o.search_vector)) AS words(word)
				EXCEPT
				SELECT words.word, n.status, n.id FROM new_rows n, unnest(tsvector_to_array(n.search_vector)) AS words(word)) lost
			WHERE s.word = lost.word COLLATE "C" AND s.status = lost.status AND s.work_item_id = lost.id;
		INSERT INTO search_words (word, status, work_item_id)
			SELECT words.word, n.status, n.id FROM new_rows n, unnest(tsvector_to_array(n.search_vector)) AS words(word)
			EXCEPT
			SELECT words.word, o.status, o.id FROM old_rows o, unnest(tsvector_to_array(o.search_vector)) AS words(word);
	END IF;
	RETURN NULL;
END;
$$;

CREATE TRIGGER work_items_words_on_insert AFTER INSERT ON work_items
	REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION index_search_words();
CREATE TRIGGER work_items_words_on_update AFTER UPDATE ON work_items
	REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION index_search_words();
CREATE TRIGGER work_items_words_on_delete AFTER DELETE ON work_items
	REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION index_search_words();

CREATE FUNCTION clear_search_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	TRUNCATE search_words;
	RETURN NULL;
END;
$$;

CREATE TRIGGER work_items_words_on_truncate AFTER TRUNCATE ON work_items
	FOR EACH STATEMENT EXECUTE FUNCTION clear_search_words();

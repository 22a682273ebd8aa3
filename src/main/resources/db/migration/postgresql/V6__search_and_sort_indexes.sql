-- Search (see WorkItemSearch): the searched fields as lower-case words of letters and digits,
-- every other character a separator, in a generated tsvector with a GIN index for word prefixes,
-- and a trigram index for text anywhere in an item number ("0020" in DRAFT_0020).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

ALTER TABLE work_items ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
	to_tsvector('simple'::regconfig, regexp_replace(lower(
		coalesce(item_number, '') || ' ' || coalesce(location, '') || ' ' || coalesce(description, '') || ' '
		|| coalesce(detail, '') || ' ' || coalesce(submitter_name, '')), '[^[:alnum:]]+', ' ', 'g'))
) STORED;

CREATE INDEX idx_work_items_search ON work_items USING gin (search_vector);
CREATE INDEX idx_work_items_item_number_trgm ON work_items USING gin (item_number gin_trgm_ops);

-- The dashboard's sort orders exactly as its queries write them (ties broken by id), so a page
-- is read from an index in order, with or without a status filter, instead of sorting every row.
CREATE INDEX idx_work_items_date ON work_items (submitted_at DESC NULLS LAST, id DESC);
CREATE INDEX idx_work_items_status_date ON work_items (status, submitted_at DESC NULLS LAST, id DESC);
CREATE INDEX idx_work_items_submitter_date ON work_items (submitter_name, submitted_at DESC NULLS LAST, id DESC);

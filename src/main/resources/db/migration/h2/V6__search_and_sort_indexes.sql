-- The dashboard's sort orders exactly as its queries write them (ties broken by id), as on
-- PostgreSQL. H2 has no full-text or trigram index: its search scans (see WorkItemSearch).
CREATE INDEX idx_work_items_date ON work_items (submitted_at DESC NULLS LAST, id DESC);
CREATE INDEX idx_work_items_status_date ON work_items (status, submitted_at DESC NULLS LAST, id DESC);
CREATE INDEX idx_work_items_submitter_date ON work_items (submitter_name, submitted_at DESC NULLS LAST, id DESC);

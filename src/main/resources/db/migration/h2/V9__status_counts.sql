-- The dashboard's per-status counts, kept exact by the database itself, as on PostgreSQL (see
-- postgresql/V9__status_counts.sql for why triggers). H2 has no procedural SQL: its trigger is the
-- Java class drydock.workitem.StatusCountTrigger, called for each row.
CREATE TABLE status_counts (
	status VARCHAR(100) NOT NULL PRIMARY KEY,
	item_count BIGINT NOT NULL
);

INSERT INTO status_counts (status, item_count) SELECT status, COUNT(*) FROM work_items GROUP BY status;

CREATE TRIGGER work_items_counted AFTER INSERT, UPDATE, DELETE ON work_items FOR EACH ROW
	CALL 'drydock.workitem.StatusCountTrigger';

-- "Oldest first" as the dashboard sorts it (undated Flask rows last, ties by id), with and without a
-- status filter: the newest-first indexes read backwards would put undated rows first.
DROP INDEX idx_work_items_submitted_at;
DROP INDEX idx_work_items_status_submitted;
CREATE INDEX idx_work_items_date_asc ON work_items (submitted_at ASC NULLS LAST, id ASC);
CREATE INDEX idx_work_items_status_date_asc ON work_items (status, submitted_at ASC NULLS LAST, id ASC);

-- VARCHAR(20) cannot hold "In Review by Maverick"; the Flask app left status NULL on some rows.
ALTER TABLE work_items ALTER COLUMN status TYPE VARCHAR(100);
ALTER TABLE status_history ALTER COLUMN old_status TYPE VARCHAR(100);
ALTER TABLE status_history ALTER COLUMN new_status TYPE VARCHAR(100);

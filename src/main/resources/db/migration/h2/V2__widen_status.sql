-- VARCHAR(20) cannot hold "In Review by Maverick".
ALTER TABLE work_items ALTER COLUMN status SET DATA TYPE VARCHAR(100);
ALTER TABLE status_history ALTER COLUMN old_status SET DATA TYPE VARCHAR(100);
ALTER TABLE status_history ALTER COLUMN new_status SET DATA TYPE VARCHAR(100);

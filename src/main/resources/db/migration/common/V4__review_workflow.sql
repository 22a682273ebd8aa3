-- Forms already carried out, so a form posted twice does its work once.
CREATE TABLE form_submissions (
	token VARCHAR(36) NOT NULL,
	work_item_id INTEGER NOT NULL,
	item_number VARCHAR(50) NOT NULL,
	created_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
	PRIMARY KEY (token)
);
CREATE INDEX idx_form_submissions_created ON form_submissions (created_at);

-- The last assignment text message: sent, or why not. Shown on the item page.
ALTER TABLE work_items ADD COLUMN notification_status VARCHAR(500);
ALTER TABLE work_items ADD COLUMN notification_at TIMESTAMP WITHOUT TIME ZONE;

-- The outcome of the last backup document written for a completed item, shown on its page.
CREATE TABLE document_backups (
	work_item_id INTEGER NOT NULL,
	file_name VARCHAR(200) NOT NULL,
	succeeded BOOLEAN NOT NULL,
	message VARCHAR(1000),
	attempted_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
	PRIMARY KEY (work_item_id),
	FOREIGN KEY (work_item_id) REFERENCES work_items (id) ON DELETE CASCADE
);

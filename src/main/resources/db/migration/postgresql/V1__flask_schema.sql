-- The Flask app's schema exactly, so an existing Flask database is adopted at this version.
CREATE TABLE work_items (
	id SERIAL NOT NULL, 
	item_number VARCHAR(50) NOT NULL, 
	location VARCHAR(200) NOT NULL, 
	ns_equipment VARCHAR(200) NOT NULL, 
	description VARCHAR(2000) NOT NULL, 
	detail TEXT NOT NULL, 
	"references" TEXT, 
	submitter_name VARCHAR(100) NOT NULL, 
	submitted_at TIMESTAMP WITHOUT TIME ZONE, 
	status VARCHAR(20), 
	assigned_to VARCHAR(100), 
	needs_revision BOOLEAN, 
	revision_notes TEXT, 
	original_submitter VARCHAR(100), 
	last_modified_by VARCHAR(100), 
	last_modified_at TIMESTAMP WITHOUT TIME ZONE, 
	admin_notes TEXT, 
	admin_notes_updated_at TIMESTAMP WITHOUT TIME ZONE, 
	PRIMARY KEY (id), 
	UNIQUE (item_number)
);

CREATE TABLE comments (
	id SERIAL NOT NULL, 
	work_item_id INTEGER NOT NULL, 
	author_name VARCHAR(100) NOT NULL, 
	comment_text TEXT NOT NULL, 
	created_at TIMESTAMP WITHOUT TIME ZONE, 
	is_admin BOOLEAN, 
	PRIMARY KEY (id), 
	FOREIGN KEY(work_item_id) REFERENCES work_items (id)
);

CREATE TABLE photos (
	id SERIAL NOT NULL, 
	filename VARCHAR(200) NOT NULL, 
	caption VARCHAR(500) NOT NULL, 
	work_item_id INTEGER NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(work_item_id) REFERENCES work_items (id)
);

CREATE TABLE status_history (
	id SERIAL NOT NULL, 
	work_item_id INTEGER NOT NULL, 
	old_status VARCHAR(20), 
	new_status VARCHAR(20) NOT NULL, 
	changed_by VARCHAR(100) NOT NULL, 
	changed_at TIMESTAMP WITHOUT TIME ZONE, 
	notes TEXT, 
	PRIMARY KEY (id), 
	FOREIGN KEY(work_item_id) REFERENCES work_items (id)
);


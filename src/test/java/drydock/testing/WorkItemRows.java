package drydock.testing;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * Work item rows written straight to the tables, for states the pages under test cannot
 * create themselves (chosen times, statuses, assignments).
 */
public final class WorkItemRows {

	private final JdbcClient jdbc;

	public WorkItemRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A row with plain defaults: submitted by DP, status Submitted, at the start of 2025. */
	public static WorkItemRow item(String itemNumber) {
		return new WorkItemRow(itemNumber, "Engine Room", "Description of " + itemNumber, "Detail of " + itemNumber, "DP",
				"Submitted", null, LocalDateTime.of(2025, 1, 1, 8, 0));
	}

	public void deleteAll() {
		for (String table : new String[] { "photos", "comments", "status_history", "work_items" }) {
			jdbc.sql("DELETE FROM " + table).update();
		}
	}

	/** Inserts the row and returns its id. */
	public int insert(WorkItemRow row) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO work_items (item_number, location, ns_equipment, description, detail, submitter_name,
				  submitted_at, status, assigned_to, needs_revision, original_submitter)
				VALUES (:number, :location, 'N/A', :description, :detail, :submitter, :submittedAt, :status, :assignedTo,
				  :needsRevision, :submitter)""")
			.param("number", row.itemNumber())
			.param("location", row.location())
			.param("description", row.description())
			.param("detail", row.detail())
			.param("submitter", row.submitter())
			.param("submittedAt", row.submittedAt())
			.param("status", row.status())
			.param("assignedTo", row.assignedTo())
			.param("needsRevision", row.assignedTo() != null)
			.update(keys, "id");
		return keys.getKeyAs(Integer.class);
	}

	/** Adds a photo row as the Flask app stored them (display file only) and returns its id. */
	public int addPhoto(int itemId, String filename, String caption) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO photos (filename, caption, work_item_id) VALUES (?, ?, ?)")
			.params(filename, caption, itemId)
			.update(keys, "id");
		return keys.getKeyAs(Integer.class);
	}

	public void addComment(int itemId, String author, String text) {
		jdbc.sql("INSERT INTO comments (work_item_id, author_name, comment_text, created_at, is_admin) VALUES (?, ?, ?, ?, ?)")
			.params(itemId, author, text, LocalDateTime.of(2025, 1, 2, 9, 0), true)
			.update();
	}

	/** How many items hold each status, counted from the rows themselves. */
	public Map<String, Long> countedByStatus() {
		Map<String, Long> counted = new TreeMap<>();
		jdbc.sql("SELECT status, COUNT(*) FROM work_items GROUP BY status")
			.query((rs, row) -> counted.put(rs.getString(1), rs.getLong(2)))
			.list();
		return counted;
	}

	public boolean exists(String itemNumber) {
		return jdbc.sql("SELECT COUNT(*) FROM work_items WHERE item_number = ?").param(itemNumber).query(Long.class).single() > 0;
	}

	public int idOf(String itemNumber) {
		return jdbc.sql("SELECT id FROM work_items WHERE item_number = ?").param(itemNumber).query(Integer.class).single();
	}

	/** One work item as its row holds it. */
	public record WorkItemRow(String itemNumber, String location, String description, String detail, String submitter,
			String status, String assignedTo, LocalDateTime submittedAt) {

		public WorkItemRow location(String value) {
			return new WorkItemRow(itemNumber, value, description, detail, submitter, status, assignedTo, submittedAt);
		}

		public WorkItemRow description(String value) {
			return new WorkItemRow(itemNumber, location, value, detail, submitter, status, assignedTo, submittedAt);
		}

		public WorkItemRow detail(String value) {
			return new WorkItemRow(itemNumber, location, description, value, submitter, status, assignedTo, submittedAt);
		}

		public WorkItemRow submitter(String value) {
			return new WorkItemRow(itemNumber, location, description, detail, value, status, assignedTo, submittedAt);
		}

		public WorkItemRow status(String value) {
			return new WorkItemRow(itemNumber, location, description, detail, submitter, value, assignedTo, submittedAt);
		}

		/** Sent back to this crew member for revision. */
		public WorkItemRow assignedForRevisionTo(String value) {
			return new WorkItemRow(itemNumber, location, description, detail, submitter, "Needs Revision", value,
					submittedAt);
		}

		public WorkItemRow submittedAt(LocalDateTime value) {
			return new WorkItemRow(itemNumber, location, description, detail, submitter, status, assignedTo, value);
		}

	}

}

package drydock.workitem;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of exports: one item with its photos for its document, and every item the
 * dashboard's filter matches (all pages, in the dashboard's order) for batches and spreadsheets.
 */
@Component
@Transactional(readOnly = true)
public class WorkItemExports {

	/** Rows fetched per round trip while streaming; PostgreSQL only streams with a fetch size inside a transaction. */
	private static final int FETCH_SIZE = 500;

	private static final String ROW_COLUMNS = "w.item_number, w.location, w.description, w.detail, w.\"references\", "
			+ "w.submitter_name, w.status, w.assigned_to, w.submitted_at, w.last_modified_at, "
			+ "(SELECT COUNT(*) FROM photos p WHERE p.work_item_id = w.id) AS photo_count";

	private final JdbcClient jdbc;

	private final WorkItemSearch search;

	WorkItemExports(JdbcClient jdbc, WorkItemSearch search) {
		this.jdbc = jdbc;
		this.search = search;
	}

	/** The item and its photos in upload order, in two plain statements: a batch asks this once per item. */
	public Optional<WorkItemContent> content(int id) {
		return jdbc
			.sql("SELECT id, item_number, location, description, detail, \"references\", submitter_name, submitted_at "
					+ "FROM work_items WHERE id = :id")
			.param("id", id)
			.query((rs, row) -> new WorkItemContent(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getString(7), rs.getObject(8, LocalDateTime.class), List.of()))
			.optional()
			.map(item -> item.withPhotos(jdbc
				.sql("SELECT id, caption, filename FROM photos WHERE work_item_id = :id ORDER BY id")
				.param("id", id)
				.query((rs, row) -> new CaptionedPhoto(rs.getInt(1), rs.getString(2), rs.getString(3)))
				.list()));
	}

	/** The ids of every item the filter matches, on every page, in the dashboard's order. */
	public List<Integer> matchingIds(WorkItemFilter filter) {
		Map<String, Object> params = new LinkedHashMap<>();
		return jdbc.sql("SELECT w.id FROM work_items w" + where(filter, params) + " ORDER BY " + filter.sort().orderBy())
			.params(params)
			.query(Integer.class)
			.list();
	}

	/**
	 * Hands every item the filter matches, in the dashboard's order, to {@code action} one row
	 * at a time from a cursor, so the number of rows never decides the memory used.
	 */
	public void forEachRow(WorkItemFilter filter, Consumer<WorkItemRow> action) {
		Map<String, Object> params = new LinkedHashMap<>();
		try (Stream<WorkItemRow> rows = jdbc
			.sql("SELECT " + ROW_COLUMNS + " FROM work_items w" + where(filter, params) + " ORDER BY "
					+ filter.sort().orderBy())
			.withFetchSize(FETCH_SIZE)
			.params(params)
			.query((rs, row) -> new WorkItemRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
					rs.getObject(9, LocalDateTime.class), rs.getObject(10, LocalDateTime.class), rs.getInt(11)))
			.stream()) {
			rows.forEach(action);
		}
	}

	/** The dashboard's conditions for a filter: its status and its search, never the page. */
	private String where(WorkItemFilter filter, Map<String, Object> params) {
		StringBuilder where = new StringBuilder();
		if (filter.hasSearch()) {
			where.append(" WHERE ").append(search.condition(filter.search(), params));
		}
		if (filter.status() != null) {
			where.append(where.isEmpty() ? " WHERE " : " AND ").append("w.status = :status");
			params.put("status", filter.status());
		}
		return where.toString();
	}

}

package drydock.workitem;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of work items: lists as projections in a fixed number of statements,
 * whatever the page size (status counts, one page of items, the page's photos, which also give their counts).
 */
@Component
@Transactional(readOnly = true)
public class WorkItemQueries {

	private static final String ITEM_COLUMNS = "w.id, w.item_number, w.location, w.description, w.submitter_name, "
			+ "w.status, w.assigned_to, w.submitted_at";

	private static final String SUMMARY_COLUMNS = ITEM_COLUMNS
			+ ", (SELECT COUNT(*) FROM photos p WHERE p.work_item_id = w.id) AS photo_count";

	private static final RowMapper<WorkItemSummary> SUMMARY = (rs, row) -> summary(rs, rs.getInt("photo_count"));

	/** A dashboard row, whose photo count comes from its photos read next. */
	private static final RowMapper<WorkItemSummary> DASHBOARD_ROW = (rs, row) -> summary(rs, 0);

	private final JdbcClient jdbc;

	private final WorkItemSearch search;

	private final WorkItemRepository items;

	private final PhotoRepository photos;

	private final CommentRepository comments;

	private final StatusChangeRepository history;

	WorkItemQueries(JdbcClient jdbc, WorkItemSearch search, WorkItemRepository items, PhotoRepository photos, CommentRepository comments,
			StatusChangeRepository history) {
		this.jdbc = jdbc;
		this.search = search;
		this.items = items;
		this.photos = photos;
		this.comments = comments;
		this.history = history;
	}

	/**
	 * One page of the dashboard with its status counts. Outside a transaction: at READ COMMITTED each
	 * statement reads its own snapshot whether or not they share one, so BEGIN and COMMIT would only add
	 * two round trips; the statements still share one connection.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public WorkItemPage dashboard(WorkItemFilter filter) {
		Map<String, Object> params = new LinkedHashMap<>();
		String searchWhere = "";
		Map<String, Long> counts;
		if (filter.hasSearch()) {
			String condition = search.condition(filter.search(), params);
			searchWhere = " WHERE " + condition;
			counts = statusCounts(search.statusCounts(filter.search(), condition, params), params);
		}
		else {
			// Kept exact by the database's triggers (V9), so no request counts the whole table.
			counts = statusCounts("SELECT status, item_count FROM status_counts WHERE item_count > 0 ORDER BY status",
					Map.of());
		}
		long total = filter.status() == null ? counts.values().stream().mapToLong(Long::longValue).sum()
				: counts.getOrDefault(filter.status(), 0L);
		// A page past the end shows the last page instead of an empty one.
		int lastPage = (int) Math.max(1, (total + filter.perPage() - 1) / filter.perPage());
		int pageNumber = Math.min(filter.page(), lastPage);

		List<WorkItemSummary> page = List.of();
		if (total > 0) {
			String where = searchWhere;
			if (filter.status() != null) {
				where = (where.isEmpty() ? " WHERE " : where + " AND ") + "w.status = :status";
				params.put("status", filter.status());
			}
			// The page's ids first, from the sort's index alone (rows skipped by OFFSET are never read
			// from the table), then only those rows. LIMIT and OFFSET are written as numbers (ints of at
			// least 1, never text; a statement text per page number): as parameters PostgreSQL would plan
			// the statement again on every execution, its generic plan being costed for an unknown LIMIT.
			String orderBy = " ORDER BY " + filter.sort().orderBy();
			long offset = (long) (pageNumber - 1) * filter.perPage();
			page = withPhotos(jdbc
				.sql("SELECT " + ITEM_COLUMNS + " FROM work_items w JOIN (SELECT w.id FROM work_items w" + where + orderBy
						+ " LIMIT " + filter.perPage() + " OFFSET " + offset + ") page ON page.id = w.id" + orderBy)
				.params(params)
				.query(DASHBOARD_ROW)
				.list());
		}
		return new WorkItemPage(page, total, pageNumber, filter.perPage(), counts);
	}

	private Map<String, Long> statusCounts(String sql, Map<String, Object> params) {
		Map<String, Long> counts = new LinkedHashMap<>();
		jdbc.sql(sql).params(params).query((ResultSet rs) -> {
			while (rs.next()) {
				counts.put(rs.getString(1), rs.getLong(2));
			}
			return counts;
		});
		return counts;
	}

	/** A crew member's own items, newest first, at most {@code limit}. */
	public List<WorkItemSummary> submittedBy(String crewName, int limit) {
		return jdbc
			.sql("SELECT " + SUMMARY_COLUMNS + " FROM work_items w WHERE w.submitter_name = :name "
					+ "ORDER BY w.submitted_at DESC NULLS LAST, w.id DESC LIMIT :limit")
			.param("name", crewName)
			.param("limit", limit)
			.query(SUMMARY)
			.list();
	}

	/** Items an admin sent back to this crew member and not yet resubmitted. */
	public List<WorkItemSummary> assignedForRevision(String crewName) {
		return jdbc
			.sql("SELECT " + SUMMARY_COLUMNS + " FROM work_items w WHERE w.assigned_to = :name "
					+ "AND w.status IN (:statuses) ORDER BY w.submitted_at DESC NULLS LAST, w.id DESC")
			.param("name", crewName)
			.param("statuses", List.copyOf(WorkflowStatuses.WITH_CREW))
			.query(SUMMARY)
			.list();
	}

	/** Everything the item page shows, in three statements (the item with its photos, its history, its comments). */
	public Optional<WorkItemDetails> details(int id) {
		List<Object[]> withPhotos = items.findWithPhotos(id);
		if (withPhotos.isEmpty()) {
			return Optional.empty();
		}
		WorkItem item = (WorkItem) withPhotos.getFirst()[0];
		List<PhotoTile> tiles = withPhotos.stream()
			.map(row -> (Photo) row[1])
			.filter(Objects::nonNull)
			.map(PhotoTile::of)
			.toList();
		return Optional.of(new WorkItemDetails(item, tiles, history.findByWorkItemIdOrderByChangedAtAscIdAsc(id),
				comments.findByWorkItemIdOrderByCreatedAtAscIdAsc(id)));
	}

	/** The display file of one photo of one item, if both exist and belong together. */
	public Optional<PhotoTile> photo(int itemId, int photoId) {
		return photos.findById(photoId).filter(photo -> photo.getWorkItemId() == itemId).map(PhotoTile::of);
	}

	private List<WorkItemSummary> withPhotos(List<WorkItemSummary> page) {
		if (page.isEmpty()) {
			return page;
		}
		// One array parameter rather than IN with one per item: the same statement (and plan) for any page size.
		Integer[] ids = page.stream().map(WorkItemSummary::id).toArray(Integer[]::new);
		Map<Integer, List<PhotoTile>> byItem = jdbc
			.sql("SELECT id, work_item_id, caption, filename, thumbnail_filename, thumbnail_width, thumbnail_height "
					+ "FROM photos WHERE work_item_id = ANY(:ids) ORDER BY work_item_id, id")
			.param("ids", ids)
			.query((rs, row) -> new PhotoTile(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getString(4),
					rs.getString(5) != null ? rs.getString(5) : rs.getString(4), (Integer) rs.getObject(6),
					(Integer) rs.getObject(7)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(PhotoTile::workItemId));
		List<WorkItemSummary> result = new ArrayList<>(page.size());
		for (WorkItemSummary summary : page) {
			result.add(summary.withPhotos(byItem.getOrDefault(summary.id(), List.of())));
		}
		return result;
	}

	private static WorkItemSummary summary(ResultSet rs, int photoCount) throws SQLException {
		return new WorkItemSummary(rs.getInt("id"), rs.getString("item_number"), rs.getString("location"),
				rs.getString("description"), rs.getString("submitter_name"), rs.getString("status"),
				rs.getString("assigned_to"), rs.getObject("submitted_at", LocalDateTime.class), photoCount, List.of());
	}

	/** A case-insensitive "contains" pattern with the user's wildcards taken literally. */
	static String likePattern(String search) {
		String escaped = search.strip()
			.toLowerCase(Locale.ROOT)
			.replace("\\", "\\\\")
			.replace("%", "\\%")
			.replace("_", "\\_");
		return "%" + escaped + "%";
	}

}

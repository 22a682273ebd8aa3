package drydock.workitem;

import static drydock.testing.WorkItemRows.item;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import drydock.testing.DrydockWebTest;
import drydock.testing.WorkItemRows;

/**
 * The dashboard's status counts come from {@code status_counts}, which the database keeps
 * (V9): after every kind of write, through the services or in plain SQL, one by one or at the
 * same time, they are what counting the rows gives. Each subclass runs these on one database;
 * the writes commit, as they do in the application.
 */
abstract class StatusCountsTests extends DrydockWebTest {

	private static final String SUBMITTED = WorkflowStatuses.SUBMITTED;

	private static final String NEEDS_REVISION = WorkflowStatuses.NEEDS_REVISION;

	private static final String AWAITING_PHOTOS = WorkflowStatuses.AWAITING_PHOTOS;

	private static final String COMPLETED = WorkflowStatuses.COMPLETED_REVIEW;

	@Autowired
	private WorkItemQueries queries;

	@Autowired
	private WorkItemService workItems;

	@Autowired
	private ReviewService review;

	@Autowired
	private TransactionTemplate transaction;

	@BeforeEach
	void startWithoutItems() {
		rows().deleteAll();
	}

	@Test
	void eachKindOfWriteThroughTheServicesMovesTheCounts() {
		int first = submitItem("DP");
		int second = submitItem("AL");
		int third = submitItem("Mark");
		assertThat(shownCounts()).isEqualTo(Map.of(SUBMITTED, 3L));

		assign(first, NEEDS_REVISION, "DP", "Photo of the flange, please");
		assertThat(shownCounts()).isEqualTo(Map.of(SUBMITTED, 2L, NEEDS_REVISION, 1L));

		review.changeStatus(second, version(second), COMPLETED, ADMIN);
		assertThat(shownCounts()).isEqualTo(Map.of(SUBMITTED, 1L, NEEDS_REVISION, 1L, COMPLETED, 1L));

		workItems.editAsCrew(first, new ItemChanges(new WorkItemForm("", "Engine room", "Leaking valve", "Flange photo added",
				""), Map.of(), List.of(), version(first), FormTokens.issue()), "DP");
		assertThat(shownCounts()).isEqualTo(Map.of(SUBMITTED, 2L, COMPLETED, 1L));

		workItems.editAsAdmin(third, new ItemChanges(new WorkItemForm("", "Pump room", "Seal", "An edit keeps the status", ""),
				Map.of(), List.of(), version(third), FormTokens.issue()), ADMIN);
		assertThat(shownCounts()).isEqualTo(Map.of(SUBMITTED, 2L, COMPLETED, 1L));

		workItems.delete(second);
		assertThat(shownCounts()).isEqualTo(Map.of(SUBMITTED, 2L));

		workItems.delete(first);
		workItems.delete(third);
		assertThat(shownCounts()).isEmpty();
		assertThat(page(null).total()).isZero();
	}

	@Test
	void rowsWrittenInPlainSqlAreCountedToo() {
		rows().insert(item("0101"));
		rows().insert(item("0102").status(NEEDS_REVISION));
		rows().insert(item("0103").status(NEEDS_REVISION));
		rows().insert(item("0104").status("Status the Flask app used"));
		assertThat(shownCounts()).isEqualTo(rows().countedByStatus())
			.isEqualTo(Map.of(SUBMITTED, 1L, NEEDS_REVISION, 2L, "Status the Flask app used", 1L));

		// One statement moving several rows, some each way.
		jdbc.sql("UPDATE work_items SET status = CASE WHEN status = :revision THEN :submitted ELSE :revision END")
			.param("revision", NEEDS_REVISION)
			.param("submitted", SUBMITTED)
			.update();
		assertThat(shownCounts()).isEqualTo(rows().countedByStatus()).isEqualTo(Map.of(SUBMITTED, 2L, NEEDS_REVISION, 2L));

		jdbc.sql("DELETE FROM work_items WHERE item_number IN ('0101', '0102', '0103')").update();
		assertThat(shownCounts()).isEqualTo(rows().countedByStatus()).hasSize(1);
		assertThat(page(NEEDS_REVISION).total()).isEqualTo(1);
		assertThat(page(SUBMITTED).total()).isZero();
	}

	@Test
	void writesAtTheSameTimeLeaveTheCountsExact() throws Exception {
		int writers = 6;
		String[][] routes = { { NEEDS_REVISION, AWAITING_PHOTOS, COMPLETED, SUBMITTED },
				{ COMPLETED, AWAITING_PHOTOS, NEEDS_REVISION, SUBMITTED } };
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(writers);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int w = 0; w < writers; w++) {
				String[] route = routes[w % 2];
				String writer = "W" + w;
				done.add(pool.submit(() -> {
					start.await();
					List<Integer> mine = List.of(submit(writer + "-1"), submit(writer + "-2"), submit(writer + "-3"));
					for (int step = 0; step < 12; step++) {
						int id = mine.get(step % mine.size());
						review.changeStatus(id, version(id), route[step % route.length], ADMIN);
					}
					workItems.delete(mine.getFirst());
					return null;
				}));
			}
			start.countDown();
			for (Future<?> writer : done) {
				writer.get(2, TimeUnit.MINUTES);
			}
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(shownCounts()).isEqualTo(rows().countedByStatus());
		assertThat(page(null).total()).isEqualTo(2L * writers);
	}

	@Test
	void aStatusFirstUsedByManyWritersAtOnceIsCountedOncePerItem() throws Exception {
		int writers = 8;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(writers);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int w = 0; w < writers; w++) {
				String number = "RACE-" + w;
				done.add(pool.submit(() -> {
					start.await();
					return transaction.execute(tx -> rows().insert(item(number).status("Never used before")));
				}));
			}
			start.countDown();
			for (Future<?> writer : done) {
				writer.get(2, TimeUnit.MINUTES);
			}
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(shownCounts()).isEqualTo(Map.of("Never used before", (long) writers));
	}

	/** A new item under its own number (writers taking the next DRAFT number at once would collide). */
	private int submit(String number) {
		return workItems.submit("DP", new WorkItemForm(number, "Engine room", "Leaking valve", "Drips", ""), List.of(),
				FormTokens.issue()).itemId();
	}

	private WorkItemPage page(String status) {
		return queries.dashboard(new WorkItemFilter(status, null, WorkItemSort.DATE_DESC, 1, 25));
	}

	/** The counts the dashboard shows beside its status filter. */
	private Map<String, Long> shownCounts() {
		return new TreeMap<>(page(null).statusCounts());
	}

	private WorkItemRows rows() {
		return new WorkItemRows(jdbc);
	}

}

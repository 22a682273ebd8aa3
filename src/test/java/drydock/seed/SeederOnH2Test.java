package drydock.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.TreeMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import drydock.testing.DrydockWebTest;
import drydock.testing.SignedIn;
import drydock.testing.WorkItemRows;
import drydock.workitem.ItemNumbers;
import drydock.workitem.WorkItemFilter;
import drydock.workitem.WorkItemPage;
import drydock.workitem.WorkItemQueries;
import drydock.workitem.WorkItemSort;

/**
 * The seeder on H2 (batched inserts): its items show on the dashboard, cached pages included, and new
 * items come after them.
 */
class SeederOnH2Test extends DrydockWebTest {

	@Autowired
	private Seeder seeder;

	@Autowired
	private WorkItemQueries queries;

	@Autowired
	private ItemNumbers itemNumbers;

	private int highestBefore;

	@Test
	void seededItemsShowOnTheDashboardWithTheirPhotosAndLaterItemsFollowThem() {
		highestBefore = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM work_items").query(Integer.class).single();
		String firstNumber = itemNumbers.nextDraft();

		long shownBefore = totalShown();

		Seeder.Result result = seeder.seed(60, 7);

		assertThat(totalShown()).as("items the cached dashboard shows after seeding").isEqualTo(shownBefore + 60);

		WorkItemPage page = queries.dashboard(new WorkItemFilter(null, firstNumber, WorkItemSort.ITEM_NUMBER, 1, 25));
		assertThat(page.items()).extracting(item -> item.itemNumber()).contains(firstNumber);
		assertThat(result.items()).isEqualTo(60);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM photos WHERE work_item_id > ?").param(highestBefore).query(Long.class).single())
			.isEqualTo(result.photos());
		assertThat(jdbc.sql("SELECT COUNT(*) FROM status_history WHERE work_item_id > ?")
			.param(highestBefore)
			.query(Long.class)
			.single()).isEqualTo(result.history()).isGreaterThanOrEqualTo(60);
		assertThat(new TreeMap<>(queries.dashboard(new WorkItemFilter(null, null, WorkItemSort.DATE_DESC, 1, 25))
			.statusCounts())).as("status counts beside the filter").isEqualTo(new WorkItemRows(jdbc).countedByStatus());
		assertThat(itemNumbers.nextDraft()).isNotEqualTo(firstNumber);
		int next = jdbc.sql("INSERT INTO work_items (item_number, location, ns_equipment, description, detail, submitter_name) "
				+ "VALUES ('AFTER-SEED', 'x', 'x', 'x', 'x', 'DP')").update();
		assertThat(next).isEqualTo(1);
		assertThat(jdbc.sql("SELECT id FROM work_items WHERE item_number = 'AFTER-SEED'").query(Integer.class).single())
			.isGreaterThan(highestBefore + 60);
	}

	/** The total the dashboard page says it shows ("Showing 1 to 25 of N work items"), through its cache. */
	private long totalShown() {
		try {
			String showing = open("/admin/dashboard", SignedIn.admin(ADMIN)).select("#showing").text();
			return Long.parseLong(showing.replaceAll(".* of (\\d+) work items", "$1"));
		}
		catch (Exception ex) {
			throw new AssertionError(ex);
		}
	}

	@AfterEach
	void removeWhatWasSeeded() {
		for (String table : new String[] { "photos", "comments", "status_history", "document_backups" }) {
			jdbc.sql("DELETE FROM " + table + " WHERE work_item_id > ?").param(highestBefore).update();
		}
		jdbc.sql("DELETE FROM work_items WHERE id > ?").param(highestBefore).update();
	}

}

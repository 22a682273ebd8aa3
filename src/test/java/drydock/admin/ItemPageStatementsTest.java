package drydock.admin;

import static drydock.testing.WorkItemRows.item;
import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import drydock.testing.DrydockWebTest;
import drydock.testing.SignedIn;
import drydock.testing.StatementCounter;
import drydock.testing.WorkItemRows;

/**
 * The admin's item page takes four statements however many photos, comments and status changes it
 * shows: the item with its photos, its history, its comments, and its last backup document's outcome.
 */
class ItemPageStatementsTest extends DrydockWebTest {

	@Autowired
	private StatementCounter statements;

	@ParameterizedTest
	@ValueSource(ints = { 1, 6 })
	void theItemPageTakesFourStatementsWhateverItShows(int each) throws Exception {
		WorkItemRows rows = new WorkItemRows(jdbc);
		int id = rows.insert(item("STMT-" + each));
		for (int i = 1; i <= each; i++) {
			rows.addPhoto(id, "photo-" + each + "-" + i + ".jpg", "Photo " + i);
			rows.addComment(id, "chief", "Comment " + i);
			jdbc.sql("INSERT INTO status_history (work_item_id, old_status, new_status, changed_by, changed_at) "
					+ "VALUES (?, 'Submitted', 'Needs Revision', 'chief', CURRENT_TIMESTAMP)").param(id).update();
		}
		// The admin names the status lists offer are read once per process, not per page.
		itemPage(rows.insert(item("STMT-WARM-" + each)));
		Document[] page = new Document[1];

		int counted = statements.count(() -> page[0] = itemPage(id));

		assertThat(page[0].text()).contains("STMT-" + each, "Comment " + each, "Photo " + each);
		assertThat(counted).as("statements for an item with %d photos, comments and changes", each).isEqualTo(4);
	}

	private Document itemPage(int id) {
		try {
			return open("/admin/view/" + id, SignedIn.admin("alice"));
		}
		catch (Exception ex) {
			throw new AssertionError(ex);
		}
	}

}

package drydock.workitem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import drydock.testing.DrydockWebTest;
import drydock.testing.SignedIn;
import drydock.testing.StatementCounter;
import drydock.testing.TestPhotos;

/**
 * The dashboard through the whole application after every kind of write that can change a
 * listing: the next request shows it, whatever cache (or none) stands in between.
 */
abstract class DashboardFreshnessTests extends DrydockWebTest {

	static final String ALL = "/admin/dashboard";

	@Autowired
	StatementCounter statements;

	@Autowired
	WorkItemService workItems;

	@Autowired
	ReviewService review;

	/** Item numbers by id, so that a deleted item's is still known. */
	private final Map<Integer, String> numbers = new HashMap<>();

	@Test
	void aSubmissionShowsAtOnce() {
		String before = showing(dashboard(ALL));
		submitItem("DP");
		assertThat(showing(dashboard(ALL))).isNotEqualTo(before);
	}

	@Test
	void anAdminEditShowsAtOnce() {
		int id = submitItem("DP");
		assertThat(row(dashboard(mine(id)), id)).doesNotContain("Rudder stock seal");
		workItems.editAsAdmin(id, changes(id, "Rudder stock seal"), ADMIN);
		assertThat(row(dashboard(mine(id)), id)).contains("Rudder stock seal");
	}

	@Test
	void anAssignmentShowsAtOnce() {
		int id = submitItem("DP");
		assertThat(row(dashboard(mine(id)), id)).doesNotContain("→ AL");
		assign(id, "Needs Revision", "AL", "More photos");
		assertThat(row(dashboard(mine(id)), id)).contains("→ AL").contains("Needs Revision");
	}

	@Test
	void aStatusChangeShowsAtOnce() {
		int id = submitItem("DP");
		String completed = mine(id) + "&status=Completed Review";
		assertThat(lists(dashboard(completed), id)).isFalse();
		review.changeStatus(id, version(id), "Completed Review", ADMIN);
		assertThat(lists(dashboard(completed), id)).isTrue();
		assertThat(row(dashboard(mine(id)), id)).contains("Completed Review");
	}

	@Test
	void aDeletedPhotoGoesAtOnce() {
		int id = submitItem("DP", TestPhotos.unique());
		assertThat(row(dashboard(mine(id)), id)).contains("<img");
		int photoId = ((Number) photos(id).getFirst().get("id")).intValue();
		workItems.deletePhoto(id, photoId, ADMIN, false);
		assertThat(row(dashboard(mine(id)), id)).doesNotContain("<img");
	}

	@Test
	void aDeletedItemGoesAtOnce() {
		int id = submitItem("DP");
		String mine = mine(id);
		assertThat(lists(dashboard(mine), id)).isTrue();
		workItems.delete(id);
		assertThat(lists(dashboard(mine), id)).isFalse();
	}

	@Test
	void aCrewEditShowsAtOnce() {
		int id = submitItem("DP");
		assign(id, "Needs Revision", "DP", "Say which valve");
		assertThat(row(dashboard(mine(id)), id)).contains("Needs Revision");
		workItems.editAsCrew(id, changes(id, "Valve 3 of the fuel manifold"), "DP");
		assertThat(row(dashboard(mine(id)), id)).contains("Valve 3 of the fuel manifold").contains("Submitted");
	}

	ItemChanges changes(int id, String description) {
		return new ItemChanges(new WorkItemForm("", "Engine room", description, "Detail", "Reference"), Map.of(),
				List.of(), version(id), FormTokens.issue());
	}

	/** The dashboard searched for one item's number: the item whatever else the database holds. */
	String mine(int id) {
		return ALL + "?search=" + number(id);
	}

	/** "Showing 1 to 25 of 30 work items". */
	static String showing(String html) {
		return Jsoup.parse(html).selectFirst("#showing").text();
	}

	String number(int id) {
		return numbers.computeIfAbsent(id, known -> (String) row(known).get("item_number"));
	}

	/** The page without its per-request parts (the forms' CSRF tokens). */
	static String listing(String html) {
		var page = Jsoup.parse(html);
		page.select("input[name=_csrf], meta[name^=_csrf]").remove();
		return page.body().html();
	}

	/** Whether the page lists the item. */
	static boolean lists(String html, int id) {
		return Jsoup.parse(html).selectFirst("a[href=/admin/view/" + id + "]") != null;
	}

	/** The dashboard row of one item, as HTML. */
	static String row(String html, int id) {
		var link = Jsoup.parse(html).selectFirst("a[href=/admin/view/" + id + "]");
		assertThat(link).as("item %d on the dashboard", id).isNotNull();
		return link.closest("tr").outerHtml();
	}

	String dashboard(String uri) {
		try {
			return mvc.perform(get(uri).with(SignedIn.admin(ADMIN)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}

package drydock.workitem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import drydock.testing.DrydockWebTest;
import drydock.testing.SignedIn;
import drydock.testing.StatementCounter;
import drydock.testing.TestPhotos;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Measurement;

/**
 * The cached dashboard through the whole application: an identical request runs no SQL,
 * and after every kind of write that can change a listing the next request shows it.
 * Each subclass runs these on one cache (Caffeine, Redis).
 */
abstract class DashboardCacheTests extends DrydockWebTest {

	static final String ALL = "/admin/dashboard";

	@Autowired
	StatementCounter statements;

	@Autowired
	WorkItemService workItems;

	@Autowired
	ReviewService review;

	@Autowired
	MeterRegistry meters;

	@Test
	void anIdenticalSecondRequestRunsNoSql() {
		submitItem("DP");
		String query = ALL + "?status=Submitted&search=valve&sort=item_number&page=1&per_page=50";
		int first = statements.count(() -> dashboard(query));
		String[] second = new String[1];
		int again = statements.count(() -> second[0] = dashboard(query));
		assertThat(first).as("statements of the first request").isPositive();
		assertThat(again).as("statements of the identical second request").isZero();
		assertThat(listing(second[0])).isEqualTo(listing(dashboard(query))).contains("Leaking valve");
	}

	@Test
	void everyParameterIsPartOfTheKey() {
		submitItem("DP");
		String base = ALL + "?status=Submitted&search=valve&sort=item_number&page=1&per_page=50";
		dashboard(base);
		for (String other : List.of(ALL + "?search=valve&sort=item_number&page=1&per_page=50",
				ALL + "?status=Submitted&search=valv&sort=item_number&page=1&per_page=50",
				ALL + "?status=Submitted&search=valve&sort=location&page=1&per_page=50",
				ALL + "?status=Submitted&search=valve&sort=item_number&page=2&per_page=50",
				ALL + "?status=Submitted&search=valve&sort=item_number&page=1&per_page=25")) {
			assertThat(statements.count(() -> dashboard(other))).as(other).isPositive();
		}
	}

	@Test
	void hitsAndMissesAreMetrics() {
		double hits = gets("hit");
		double misses = gets("miss");
		dashboard(ALL + "?search=metrics");
		dashboard(ALL + "?search=metrics");
		assertThat(gets("miss")).isGreaterThan(misses);
		assertThat(gets("hit")).isGreaterThan(hits);
	}

	@Test
	void aSubmissionShowsAtOnce() {
		dashboard(ALL);
		int id = submitItem("DP");
		assertThat(dashboard(ALL)).contains(number(id));
	}

	@Test
	void anAdminEditShowsAtOnce() {
		int id = submitItem("DP");
		assertThat(dashboard(ALL)).doesNotContain("Rudder stock seal");
		workItems.editAsAdmin(id, changes(id, "Rudder stock seal"), ADMIN);
		assertThat(dashboard(ALL)).contains("Rudder stock seal");
	}

	@Test
	void anAssignmentShowsAtOnce() {
		int id = submitItem("DP");
		assertThat(row(dashboard(ALL), id)).doesNotContain("→ AL");
		assign(id, "Needs Revision", "AL", "More photos");
		assertThat(row(dashboard(ALL), id)).contains("→ AL").contains("Needs Revision");
	}

	@Test
	void aStatusChangeShowsAtOnce() {
		int id = submitItem("DP");
		String completed = ALL + "?status=Completed Review";
		assertThat(dashboard(completed)).doesNotContain(number(id));
		review.changeStatus(id, version(id), "Completed Review", ADMIN);
		assertThat(dashboard(completed)).contains(number(id));
		assertThat(row(dashboard(ALL), id)).contains("Completed Review");
	}

	@Test
	void aDeletedPhotoGoesAtOnce() {
		int id = submitItem("DP", TestPhotos.unique());
		assertThat(row(dashboard(ALL), id)).contains("<img");
		int photoId = ((Number) photos(id).getFirst().get("id")).intValue();
		workItems.deletePhoto(id, photoId, ADMIN, false);
		assertThat(row(dashboard(ALL), id)).doesNotContain("<img");
	}

	@Test
	void aDeletedItemGoesAtOnce() {
		int id = submitItem("DP");
		String number = number(id);
		assertThat(dashboard(ALL)).contains(number);
		workItems.delete(id);
		assertThat(dashboard(ALL)).doesNotContain(number);
	}

	@Test
	void aCrewEditShowsAtOnce() {
		int id = submitItem("DP");
		assign(id, "Needs Revision", "DP", "Say which valve");
		assertThat(row(dashboard(ALL), id)).contains("Needs Revision");
		workItems.editAsCrew(id, changes(id, "Valve 3 of the fuel manifold"), "DP");
		assertThat(row(dashboard(ALL), id)).contains("Valve 3 of the fuel manifold").contains("Submitted");
	}

	ItemChanges changes(int id, String description) {
		return new ItemChanges(new WorkItemForm("", "Engine room", description, "Detail", "Reference"), Map.of(),
				List.of(), version(id), FormTokens.issue());
	}

	String number(int id) {
		return (String) row(id).get("item_number");
	}

	/** The page without its per-request parts (the forms' CSRF tokens). */
	static String listing(String html) {
		var page = Jsoup.parse(html);
		page.select("input[name=_csrf], meta[name^=_csrf]").remove();
		return page.body().html();
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

	double gets(String result) {
		Meter meter = meters.find("cache.gets").tag("cache", DashboardCache.PAGES).tag("result", result).meter();
		assertThat(meter).as("cache.gets{cache=dashboard,result=%s}", result).isNotNull();
		double total = 0;
		for (Measurement measurement : meter.measure()) {
			total += measurement.getValue();
		}
		return total;
	}

}

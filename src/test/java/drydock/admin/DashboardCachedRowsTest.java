package drydock.admin;

import static drydock.testing.WorkItemRows.item;
import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.springframework.beans.factory.annotation.Autowired;

import drydock.testing.DrydockWebTest;
import drydock.testing.SignedIn;
import drydock.testing.StatementCounter;
import drydock.testing.WorkItemRows;
import drydock.workitem.DashboardCache;

/**
 * The dashboard's table rows are rendered once per cached page and shown to every admin who
 * asks for that page: the same rows, still escaped, while the rest of each page (name, CSRF
 * tokens) stays the viewer's own.
 */
@TestInstance(Lifecycle.PER_CLASS)
class DashboardCachedRowsTest extends DrydockWebTest {

	private static final String HOSTILE = "<img src=x onerror=alert(1)><b>bold</b>";

	@Autowired
	private StatementCounter statements;

	@Autowired
	private DashboardCache dashboardCache;

	@BeforeAll
	void twoItemsMentioningWombats() {
		WorkItemRows rows = new WorkItemRows(jdbc);
		rows.insert(item("WOM-1").description("Wombat hole in the slipway " + HOSTILE).submitter("DP"));
		rows.insert(item("WOM-2").location("Wombat locker " + HOSTILE).submitter("AL"));
		dashboardCache.evict();
	}

	@Test
	void anotherAdminGetsTheCachedRowsWithTheirOwnNameAndTokens() throws Exception {
		String url = "/admin/dashboard?search=wombat&per_page=100";
		Document[] pages = new Document[2];
		int first = statements.count(() -> pages[0] = page(url, "alice"));
		int second = statements.count(() -> pages[1] = page(url, "bob"));

		assertThat(first).as("statements of the first request").isPositive();
		assertThat(second).as("statements of the same page for another admin").isZero();
		assertThat(pages[1].select("table.items tbody").outerHtml())
			.isEqualTo(pages[0].select("table.items tbody").outerHtml())
			.contains("WOM-1", "WOM-2");
		assertThat(pages[0].select(".topbar .who").text()).isEqualTo("alice");
		assertThat(pages[1].select(".topbar .who").text()).isEqualTo("bob");
		assertThat(pages[1].html()).doesNotContain("alice");
		for (Document page : pages) {
			assertThat(page.select("table.items input[name=_csrf]")).as("tokens in the shared rows").isEmpty();
			assertThat(page.select("form[method=post] input[name=_csrf]")).isNotEmpty()
				.allSatisfy(token -> assertThat(token.val()).isNotBlank());
		}
	}

	@Test
	void userTextInCachedRowsStaysText() throws Exception {
		String url = "/admin/dashboard?search=wombat";
		page(url, "alice");
		Document[] cached = new Document[1];
		assertThat(statements.count(() -> cached[0] = page(url, "bob"))).isZero();

		assertThat(cached[0].select("table.items img[src=x], table.items b, table.items [onerror]")).isEmpty();
		assertThat(cached[0].select("table.items td[data-label=Description]").text()).contains(HOSTILE);
		assertThat(cached[0].select("table.items td[data-label=Location]").text()).contains(HOSTILE);
	}

	private Document page(String url, String admin) {
		try {
			return open(url, SignedIn.admin(admin));
		}
		catch (Exception ex) {
			throw new AssertionError(ex);
		}
	}

}

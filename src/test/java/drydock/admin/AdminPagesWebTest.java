package drydock.admin;

import static drydock.testing.WorkItemRows.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.time.LocalDateTime;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import drydock.photo.PhotoStore;
import drydock.testing.DrydockWebTest;
import drydock.testing.SignedIn;
import drydock.testing.TestPhotos;
import drydock.testing.WorkItemRows;
import drydock.workitem.ReviewService;

/**
 * The admin's dashboard and item page, over three items inserted once for the class. They
 * all mention "Quokka", so a search for it shows exactly them whatever other tests left in
 * the shared database.
 */
@TestInstance(Lifecycle.PER_CLASS)
class AdminPagesWebTest extends DrydockWebTest {

	private static final LocalDateTime MONDAY = LocalDateTime.of(2025, 11, 3, 8, 0);

	private static final String MINE = "/admin/dashboard?search=quokka";

	@Autowired
	private PhotoStore photoStore;

	@Autowired
	private ReviewService review;

	private WorkItemRows rows;

	private final byte[] jpeg = TestPhotos.resource("jpeg-small-320x240.jpg");

	private String photoFile;

	@BeforeAll
	void threeItemsMentioningQuokka() {
		rows = new WorkItemRows(jdbc);
		photoFile = photoStore.put(jpeg, "");
		int first = rows.insert(item("ADM-1").description("Quokka hatch seal").submitter("DP").submittedAt(MONDAY));
		rows.addPhoto(first, photoFile, "Hatch seal");
		rows.insert(item("ADM-2").location("Quokka locker")
			.submitter("AL")
			.assignedForRevisionTo("AL")
			.submittedAt(MONDAY.plusDays(1)));
		rows.insert(item("ADM-3").detail("The quokka mural").submitter("Mark").status("Completed Review")
			.submittedAt(MONDAY.plusDays(2)));
	}

	@Test
	void theDashboardListsTheMatchingItemsNewestFirstWithStatusAndPhotos() throws Exception {
		Document page = dashboard(MINE);

		assertThat(page.select("#showing").text()).isEqualTo("Showing 1 to 3 of 3 work items");
		assertThat(itemNumbers(page)).containsExactly("ADM-3", "ADM-2", "ADM-1");
		Element revision = rowOf(page, "ADM-2");
		assertThat(revision.select("td[data-label=Status] .badge").text()).isEqualTo("Needs Revision");
		assertThat(revision.select("td[data-label=Status]").text()).contains("→ AL");
		Element withPhoto = rowOf(page, "ADM-1");
		assertThat(withPhoto.select("td[data-label=Submitted]").text()).isEqualTo("2025-11-03 08:00");
		assertThat(withPhoto.select(".tiles img").attr("src")).isEqualTo("/uploads/" + photoFile);
		assertThat(withPhoto.select(".tiles img").attr("alt")).isEqualTo("Hatch seal");
		assertThat(withPhoto.select("a[href^=/admin/view/]")).hasSize(1);
	}

	@Test
	void statusFilterLinksCountWhatTheSearchFindsAndKeepIt() throws Exception {
		Document page = dashboard(MINE);

		Element needsRevision = page.select(".status-filter a:containsOwn(Needs Revision)").first();
		assertThat(needsRevision.select(".count").text()).isEqualTo("1");
		assertThat(page.select(".status-filter a:containsOwn(All) .count").text()).isEqualTo("3");
		Document filtered = dashboard(needsRevision.attr("href"));
		assertThat(itemNumbers(filtered)).containsExactly("ADM-2");
		assertThat(filtered.select("#search").val()).isEqualTo("quokka");
	}

	@Test
	void eachSortOrdersTheTable() throws Exception {
		assertThat(itemNumbers(dashboard(MINE + "&sort=date_asc"))).containsExactly("ADM-1", "ADM-2", "ADM-3");
		assertThat(itemNumbers(dashboard(MINE + "&sort=item_number"))).containsExactly("ADM-1", "ADM-2", "ADM-3");
		assertThat(itemNumbers(dashboard(MINE + "&sort=submitter"))).containsExactly("ADM-2", "ADM-1", "ADM-3");
		assertThat(dashboard(MINE + "&sort=submitter").select("#sort option[selected]").val()).isEqualTo("submitter");
	}

	@Test
	void pagesKeepTheSearchAndPageSize() throws Exception {
		Document first = dashboard(MINE + "&per_page=2");

		assertThat(first.select("#showing").text()).isEqualTo("Showing 1 to 2 of 3 work items");
		String next = first.select(".pagination a[rel=next]").attr("href");
		assertThat(next).isEqualTo("/admin/dashboard?search=quokka&page=2&per_page=2");
		Document second = dashboard(next);
		assertThat(second.select("#showing").text()).isEqualTo("Showing 3 to 3 of 3 work items");
		assertThat(itemNumbers(second)).containsExactly("ADM-1");
	}

	@Test
	void nonsenseParametersShowAPageInsteadOfAnError() throws Exception {
		Document page = dashboard(MINE + "&page=abc&per_page=-4&sort=drop%20table");

		assertThat(page.select("#showing").text()).isEqualTo("Showing 1 to 1 of 3 work items");
		assertThat(dashboard(MINE + "&page=999").select("#showing").text()).isEqualTo("Showing 1 to 3 of 3 work items");
	}

	@Test
	void aSearchIsShownBackAsTextNeverAsMarkup() throws Exception {
		String html = mvc.perform(get("/admin/dashboard").param("search", "<script>alert(1)</script>").with(admin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).doesNotContain("<script>alert(1)</script>");
		assertThat(Jsoup.parse(html).select("#search").val()).isEqualTo("<script>alert(1)</script>");
	}

	@Test
	void theItemPageShowsFieldsPhotosNotesCommentsAndHistory() throws Exception {
		int id = rows.idOf("ADM-1");
		rows.addComment(id, "admin", "Quote the seal kit separately.");
		jdbc.sql("UPDATE work_items SET \"references\" = 'OFM: hatch seal kit', admin_notes = 'Yard quoted 2 days' WHERE id = ?")
			.param(id)
			.update();
		review.changeStatus(id, version(id), "Needs Revision", "admin");
		review.changeStatus(id, version(id), "Submitted", "admin");

		Document page = open("/admin/view/" + id, admin());

		assertThat(page.select("h1").text()).isEqualTo("Item ADM-1");
		assertThat(page.select("dl.fields").text()).contains("Engine Room", "Quokka hatch seal", "Detail of ADM-1",
				"OFM: hatch seal kit", "DP, 2025-11-03 08:00");
		Element photo = page.select(".gallery-item").first();
		assertThat(photo.select("a[href=/uploads/" + photoFile + "] img[src=/uploads/" + photoFile + "]")).hasSize(1);
		assertThat(photo.select(".caption").text()).isEqualTo("Hatch seal");
		assertThat(photo.select("a:containsOwn(Download)").attr("href")).startsWith("/admin/download-photo/" + id + "/");
		assertThat(page.select(".comments").text()).contains("admin", "Quote the seal kit separately.");
		assertThat(page.select("section:has(h2:containsOwn(Admin notes))").text()).contains("Yard quoted 2 days");
		assertThat(page.select(".timeline li")).extracting(Element::text)
			.anySatisfy(change -> assertThat(change).contains("admin", "Submitted →", "Needs Revision"))
			.anySatisfy(change -> assertThat(change).contains("Needs Revision →", "Submitted"));
	}

	@Test
	void anItemThatDoesNotExistIsNotFound() throws Exception {
		mvc.perform(get("/admin/view/999999").with(admin())).andExpect(status().isNotFound());
	}

	@Test
	void aPhotoDownloadsAsAnAttachmentNamedAfterItsItem() throws Exception {
		int id = rows.idOf("ADM-1");
		int photo = jdbc.sql("SELECT id FROM photos WHERE work_item_id = ?").param(id).query(Integer.class).single();

		mvc.perform(get("/admin/download-photo/{item}/{photo}", id, photo).with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.IMAGE_JPEG))
			.andExpect(header().string("Content-Disposition",
					matchesPattern("attachment; filename=\"item-%d-photo-%d\\.jpe?g\"".formatted(id, photo))))
			.andExpect(content().bytes(jpeg));
		mvc.perform(get("/admin/download-photo/{item}/{photo}", rows.idOf("ADM-2"), photo).with(admin()))
			.andExpect(status().isNotFound());
	}

	/** The dashboard at a URL as a link on a page holds it, already encoded. */
	private Document dashboard(String url) throws Exception {
		return answer(get(URI.create(url)).with(admin()), HttpStatus.OK);
	}

	private static RequestPostProcessor admin() {
		return SignedIn.admin(ADMIN);
	}

	private static List<String> itemNumbers(Document dashboard) {
		return dashboard.select("table.items tbody td[data-label=Item]").eachText();
	}

	private static Element rowOf(Document dashboard, String itemNumber) {
		return dashboard.select("table.items tbody tr:has(td[data-label=Item]:contains(" + itemNumber + "))").first();
	}

}

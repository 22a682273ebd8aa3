package drydock.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import drydock.testing.DrydockWebTest;
import drydock.testing.SignInForms;
import drydock.testing.SignedIn;
import drydock.testing.TestPhotos;

/** Sign-ins, status changes, deletions and exports land in the audit log with who and from where. */
class AuditLogWebTest extends DrydockWebTest {

	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	/** Later than any time other tests set the clock to, so this test's entries are the newest. */
	private static final Instant LATER_THAN_OTHER_TESTS = Instant.parse("2090-01-01T00:00:00Z");

	private static final AtomicInteger DAYS = new AtomicInteger();

	@Autowired
	private AuditLog auditLog;

	@Test
	void signInsAreRecordedSucceededOrFailedWithTheAddress() throws Exception {
		String address = newAddress();

		SignInForms.postAdminFormFrom(mvc, address, ADMIN, "not-the-password");
		SignInForms.postCrewFormFrom(mvc, address, "Kaitlyn", CREW_PASSWORD);

		assertThat(entriesFrom(address)).extracting(row -> row.get("actor"), row -> row.get("action"),
				row -> row.get("detail"))
			.containsExactly(tuple(ADMIN, "sign-in failed", "admin sign-in"), tuple("Kaitlyn", "sign-in", "crew sign-in"));
	}

	@Test
	void statusChangesDeletionsAndExportsAreRecordedWithWhoAndWhere() throws Exception {
		String address = newAddress();
		RequestPostProcessor admin = from(address, SignedIn.admin(ADMIN));
		int itemId = submitItem("DP", TestPhotos.unique());
		String itemNumber = (String) row(itemId).get("item_number");
		int photoId = (Integer) photos(itemId).getFirst().get("id");

		mvc.perform(post("/admin/update-status/" + itemId).param("status", "In Review by DP")
			.param("version", String.valueOf(version(itemId)))
			.with(admin)
			.with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(get("/admin/download/" + itemId).with(admin)).andExpect(status().isOk());
		mvc.perform(get("/admin/download-spreadsheet").param("status", "Submitted").with(admin))
			.andExpect(status().isOk());
		mvc.perform(post("/admin/delete-photo/" + itemId + "/" + photoId).with(admin).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/admin/delete/" + itemId).param("confirm", "yes").with(admin).with(csrf()))
			.andExpect(redirectedUrl("/admin/dashboard"));

		assertThat(entriesFrom(address)).extracting(row -> row.get("actor"), row -> row.get("action"))
			.containsExactly(tuple(ADMIN, "status changed"), tuple(ADMIN, "exported"), tuple(ADMIN, "exported"),
					tuple(ADMIN, "photo deleted"), tuple(ADMIN, "item deleted"));
		assertThat(entriesFrom(address)).extracting(row -> (String) row.get("detail"))
			.contains("Item " + itemNumber + ": Submitted → In Review by DP",
					"Spreadsheet of the work list, status Submitted", "Item " + itemNumber + " (id " + itemId + ")")
			.anySatisfy(detail -> assertThat(detail).startsWith("Document ").endsWith(".docx"));
	}

	@Test
	void aCrewMembersPhotoDeletionIsRecorded() throws Exception {
		String address = newAddress();
		int itemId = submitItem("AL", TestPhotos.unique(), TestPhotos.unique());
		int photoId = (Integer) photos(itemId).getFirst().get("id");

		mvc.perform(post("/crew/delete-photo/" + itemId + "/" + photoId).with(from(address, SignedIn.crew("AL")))
			.with(csrf())).andExpect(status().is3xxRedirection());

		assertThat(entriesFrom(address)).extracting(row -> row.get("actor"), row -> row.get("action"), row -> row.get("detail"))
			.containsExactly(tuple("AL", "photo deleted", "Photo " + photoId + " of item id " + itemId));
	}

	@Test
	void adminsReadTheLogNewestFirstAPageAtATime() throws Exception {
		newestFromNowOn();
		String address = newAddress();
		for (int i = 1; i <= AuditController.PER_PAGE + 1; i++) {
			mvc.perform(get("/admin/download-spreadsheet").param("search", "entry " + i)
				.with(from(address, SignedIn.admin(ADMIN)))).andExpect(status().isOk());
		}

		Document first = answer(get("/admin/audit").with(SignedIn.admin(ADMIN)), HttpStatus.OK);
		assertThat(first.select("table.audit-log tbody tr")).hasSize(AuditController.PER_PAGE);
		assertThat(first.select("table.audit-log tbody tr").first().text()).contains(ADMIN, address, "exported",
				"search \"entry " + (AuditController.PER_PAGE + 1) + "\"");
		assertThat(first.select("a[rel=next]").attr("href")).isEqualTo("/admin/audit?page=2");

		Document second = answer(get("/admin/audit?page=2").with(SignedIn.admin(ADMIN)), HttpStatus.OK);
		assertThat(second.select("table.audit-log tbody tr").first().text()).contains("search \"entry 1\"");
		assertThat(auditLog.count()).isGreaterThanOrEqualTo(AuditController.PER_PAGE + 1);
	}

	@Test
	void textInTheLogIsEscaped() throws Exception {
		newestFromNowOn();
		String address = newAddress();
		SignInForms.postAdminFormFrom(mvc, address, "<script>alert(1)</script>", "x");

		Document page = answer(get("/admin/audit").with(SignedIn.admin(ADMIN)), HttpStatus.OK);
		assertThat(page.select("table.audit-log script")).isEmpty();
		assertThat(page.select("table.audit-log tbody tr").first().text()).contains("<script>alert(1)</script>");
	}

	@Test
	void theDashboardLinksToTheLogAndCrewCannotOpenIt() throws Exception {
		Document dashboard = open("/admin/dashboard", SignedIn.admin(ADMIN));
		assertThat(dashboard.select("a[href=/admin/audit]")).hasSize(1);

		mvc.perform(get("/admin/audit").with(SignedIn.crew("DP"))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/audit")).andExpect(redirectedUrl("/admin-login"));
	}

	private List<Map<String, Object>> entriesFrom(String address) {
		return jdbc.sql("SELECT actor, action, detail FROM audit_log WHERE address = ? ORDER BY id")
			.param(address)
			.query()
			.listOfRows();
	}

	private void newestFromNowOn() {
		clock.set(LATER_THAN_OTHER_TESTS.plus(Duration.ofDays(DAYS.incrementAndGet())));
	}

	private static RequestPostProcessor from(String address, RequestPostProcessor who) {
		return request -> {
			request.setRemoteAddr(address);
			return who.postProcessRequest(request);
		};
	}

	private static String newAddress() {
		return "192.0.2." + ADDRESSES.incrementAndGet();
	}

}

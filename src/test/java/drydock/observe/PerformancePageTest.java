package drydock.observe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import drydock.testing.DrydockWebTest;
import drydock.testing.SignedIn;

class PerformancePageTest extends DrydockWebTest {

	@Test
	void showsCountsProcessorAndRouteFiguresToAdmins() throws Exception {
		submitItem("AL");
		mvc.perform(get("/admin/dashboard").with(SignedIn.admin(ADMIN))).andExpect(status().isOk());

		Document page = open("/admin/performance", SignedIn.admin(ADMIN));

		long items = jdbc.sql("SELECT COUNT(*) FROM work_items").query(Long.class).single();
		long photos = jdbc.sql("SELECT COUNT(*) FROM photos").query(Long.class).single();
		assertThat(page.getElementById("item-count").text()).isEqualTo(Long.toString(items));
		assertThat(page.getElementById("photo-count").text()).isEqualTo(Long.toString(photos));
		assertThat(page.getElementById("photo-processor").text()).isNotBlank();
		assertThat(page.getElementById("heap").text()).contains("MB used of");
		assertThat(page.getElementById("database-size").text()).endsWith("MB");
		assertThat(page.select("#routes td").eachText()).anyMatch(cell -> cell.equals("GET /admin/dashboard"));
	}

	@Test
	void isForAdminsOnly() throws Exception {
		mvc.perform(get("/admin/performance").with(SignedIn.crew("AL"))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/performance")).andExpect(redirectedUrl("/admin-login"));
	}

	@Test
	void everyResponseSaysHowLongItTook() throws Exception {
		mvc.perform(get("/crew-login")).andExpect(header().string(RequestTiming.HEADER, matchesPattern("\\d+\\.\\dms")));
	}

	@Test
	void prometheusShowsRoutePercentilesToAdminsOnly() throws Exception {
		mvc.perform(get("/crew-login")).andExpect(status().isOk());
		String metrics = mvc.perform(get("/actuator/prometheus").with(SignedIn.admin(ADMIN)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(metrics).contains("http_server_requests_seconds").contains("quantile=\"0.99\"");
		mvc.perform(get("/actuator/prometheus").with(SignedIn.crew("AL"))).andExpect(status().isForbidden());
	}

}

package drydock;

import static drydock.testing.SignedIn.crew;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import drydock.testing.DrydockWebTest;
import drydock.testing.SignedIn;
import drydock.testing.WorkItemRows;

/** Who may open which route: strangers are sent to the right sign-in, crew stay out of admin pages. */
class RouteAccessWebTest extends DrydockWebTest {

	@ParameterizedTest
	@ValueSource(strings = { "/crew/submit", "/crew/success?item_number=0101", "/crew/view/1", "/crew/edit/1",
			"/uploads/photo.jpg", "/actuator/prometheus" })
	void aStrangerIsSentToTheCrewSignIn(String path) throws Exception {
		mvc.perform(get(path)).andExpect(redirectedUrl("/crew-login"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin/dashboard", "/admin/dashboard?status=Submitted&page=2", "/admin/view/1",
			"/admin/download-photo/1/1" })
	void aStrangerIsSentToTheAdminSignIn(String path) throws Exception {
		mvc.perform(get(path)).andExpect(redirectedUrl("/admin-login"));
	}

	@Test
	void aStrangersSubmissionIsNotSaved() throws Exception {
		mvc.perform(multipart("/crew/submit").param("item_number", "STRANGER-1")
			.param("location", "Bridge")
			.param("description", "Anything")
			.param("detail", "Anything")
			.with(csrf())).andExpect(redirectedUrl("/crew-login"));

		assertThat(new WorkItemRows(jdbc).exists("STRANGER-1")).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin/dashboard", "/admin/view/1", "/admin/download-photo/1/1", "/actuator/prometheus" })
	void aCrewMemberCannotOpenAdminPages(String path) throws Exception {
		mvc.perform(get(path).with(crew("DP"))).andExpect(status().isForbidden());
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin/edit/%d", "/admin/assign/%d", "/admin/update-status/%d", "/admin/save-admin-notes/%d",
			"/admin/comment/%d", "/admin/delete-photo/%d/1", "/admin/delete/%d" })
	void aCrewMemberCannotChangeItemsThroughAdminForms(String route) throws Exception {
		int id = new WorkItemRows(jdbc).insert(WorkItemRows.item("ACCESS-" + route.split("/")[2]));

		mvc.perform(post(route.formatted(id)).param("status", "Completed Review")
			.param("admin_notes", "crew wrote this")
			.with(crew("DP"))
			.with(csrf())).andExpect(status().isForbidden());

		assertThat(jdbc.sql("SELECT status, admin_notes FROM work_items WHERE id = ?").param(id).query().singleRow())
			.containsEntry("status", "Submitted")
			.containsEntry("admin_notes", null);
	}

	@Test
	void healthAnswersAnyone() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
	}

	@Test
	void anAdminCanScrapeMetrics() throws Exception {
		mvc.perform(get("/actuator/prometheus").with(SignedIn.admin(ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("jvm_memory_used_bytes")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/crew-login", "/admin-login", "/css/app.css" })
	void signInPagesAndTheirStylesAnswerStrangers(String path) throws Exception {
		mvc.perform(get(path)).andExpect(status().isOk());
	}

}

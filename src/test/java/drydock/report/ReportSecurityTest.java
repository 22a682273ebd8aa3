package drydock.report;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class ReportSecurityTest extends ReportIntegrationTest {

	@ParameterizedTest
	@ValueSource(strings = { "/admin/download/1", "/admin/download-spreadsheet", "/admin/download-batch" })
	void aStrangerIsSentToTheAdminSignIn(String url) throws Exception {
		mvc.perform(request(url).with(csrf())).andExpect(status().isFound()).andExpect(redirectedUrl("/admin-login"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin/download/1", "/admin/download-spreadsheet", "/admin/download-batch" })
	void crewMembersAreForbidden(String url) throws Exception {
		mvc.perform(request(url).with(crew()).with(csrf()).param("item_ids[]", "1")).andExpect(status().isForbidden());
	}

	private static MockHttpServletRequestBuilder request(String url) {
		return url.endsWith("batch") ? post(url) : get(url);
	}

}

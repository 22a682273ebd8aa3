package drydock.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.ResultActions;

import drydock.testing.DrydockWebTest;
import drydock.testing.SignInForms;

/** The two sign-in pages and sign-out, used as a browser uses them. */
class SignInWebTest extends DrydockWebTest {

	@Test
	void theCrewSignInOffersTheConfiguredNames() throws Exception {
		Document page = page(mvc.perform(get("/crew-login")).andExpect(status().isOk()));

		assertThat(page.select("select#crew_name option").eachAttr("value")).containsExactly("", "DP", "AL", "Kaitlyn",
				"Mark", "Art", "D2", "Zach", "Maverick", "Rhyan");
		assertThat(page.select("label[for=crew_name]").text()).isEqualTo("Your name");
		assertThat(page.select("label[for=password]").text()).isEqualTo("Crew password");
	}

	@Test
	void aCrewMemberSignsInWithTheSharedPasswordOnANewSessionId() throws Exception {
		MockHttpSession session = new MockHttpSession();
		String before = session.getId();

		SignInForms.postCrewForm(mvc, session, "Kaitlyn", CREW_PASSWORD).andExpect(redirectedUrl("/crew/submit"));

		assertThat(session.getId()).as("session id after sign-in").isNotEqualTo(before);
		Document home = page(mvc.perform(get("/crew/submit").session(session)).andExpect(status().isOk()));
		assertThat(home.select(".who").text()).isEqualTo("Kaitlyn");
	}

	@Test
	void aWrongCrewPasswordIsRefusedWithTheNameKept() throws Exception {
		MockHttpSession session = new MockHttpSession();

		Document page = page(SignInForms.postCrewForm(mvc, session, "Kaitlyn", "not-the-password")
			.andExpect(status().isUnprocessableContent()));

		assertThat(page.select("[role=alert]").text()).isEqualTo("That name and password do not match.");
		assertThat(page.select("select#crew_name option[selected]").val()).isEqualTo("Kaitlyn");
		assertSignedOut(session);
	}

	@Test
	void aNameNotOnTheCrewListIsRefusedEvenWithThePassword() throws Exception {
		MockHttpSession session = new MockHttpSession();

		SignInForms.postCrewForm(mvc, session, "Stranger", CREW_PASSWORD).andExpect(status().isUnprocessableContent());

		assertSignedOut(session);
	}

	@Test
	void anAdminSignsInWithUsernameAndPasswordOnANewSessionId() throws Exception {
		MockHttpSession session = new MockHttpSession();
		String before = session.getId();

		SignInForms.postAdminForm(mvc, session, ADMIN, ADMIN_PASSWORD).andExpect(redirectedUrl("/admin/dashboard"));

		assertThat(session.getId()).as("session id after sign-in").isNotEqualTo(before);
		mvc.perform(get("/admin/dashboard").session(session)).andExpect(status().isOk());
	}

	@Test
	void aWrongAdminPasswordIsRefusedWithTheUsernameKept() throws Exception {
		MockHttpSession session = new MockHttpSession();

		Document page = page(SignInForms.postAdminForm(mvc, session, ADMIN, CREW_PASSWORD)
			.andExpect(status().isUnprocessableContent()));

		assertThat(page.select("[role=alert]").text()).isEqualTo("That username and password do not match.");
		assertThat(page.select("input#username").val()).isEqualTo(ADMIN);
		mvc.perform(get("/admin/dashboard").session(session)).andExpect(redirectedUrl("/admin-login"));
	}

	@Test
	void aSignInWithoutTheFormsTokenIsRefused() throws Exception {
		MockHttpSession session = new MockHttpSession();

		mvc.perform(post("/crew-login").session(session).param("crew_name", "DP").param("password", CREW_PASSWORD))
			.andExpect(status().isForbidden());

		assertSignedOut(session);
	}

	@Test
	void signingOutIsAPostThatEndsTheSignIn() throws Exception {
		MockHttpSession session = SignInForms.crew(mvc, "DP");

		mvc.perform(post("/logout").session(session).param("_csrf", SignInForms.csrfToken(mvc, session, "/crew/submit")))
			.andExpect(redirectedUrl("/"));

		assertSignedOut(session);
	}

	@Test
	void aGetOrATokenlessPostDoesNotSignOut() throws Exception {
		MockHttpSession session = SignInForms.crew(mvc, "DP");

		mvc.perform(get("/logout").session(session)).andExpect(status().is4xxClientError());
		mvc.perform(post("/logout").session(session)).andExpect(status().isForbidden());

		mvc.perform(get("/crew/submit").session(session)).andExpect(status().isOk());
	}

	@Test
	void theStartPageSendsEachToTheirOwnPage() throws Exception {
		mvc.perform(get("/")).andExpect(redirectedUrl("/crew-login"));
		mvc.perform(get("/").session(SignInForms.crew(mvc, "AL"))).andExpect(redirectedUrl("/crew/submit"));
		mvc.perform(get("/").session(SignInForms.admin(mvc, ADMIN, ADMIN_PASSWORD)))
			.andExpect(redirectedUrl("/admin/dashboard"));
	}

	@Test
	void anAdminAccountIsNotACrewSignIn() throws Exception {
		SignInForms.postCrewForm(mvc, new MockHttpSession(), ADMIN, ADMIN_PASSWORD)
			.andExpect(status().isUnprocessableContent());
	}

	private void assertSignedOut(MockHttpSession session) throws Exception {
		mvc.perform(get("/crew/submit").session(session)).andExpect(redirectedUrl("/crew-login"));
	}

	private static Document page(ResultActions result) throws Exception {
		return html(result.andReturn());
	}


}

package drydock.testing;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Signing in through the real sign-in pages, as a browser does: form first, then its CSRF token back. */
public final class SignInForms {

	private SignInForms() {
	}

	/** Signs a crew member in with the crew password of {@link DrydockWebTest}; returns the signed-in session. */
	public static MockHttpSession crew(MockMvc mvc, String name) throws Exception {
		MockHttpSession session = new MockHttpSession();
		postCrewForm(mvc, session, name, DrydockWebTest.CREW_PASSWORD).andExpect(redirectedUrl("/crew/submit"));
		return session;
	}

	public static MockHttpSession admin(MockMvc mvc, String username, String password) throws Exception {
		MockHttpSession session = new MockHttpSession();
		postAdminForm(mvc, session, username, password).andExpect(redirectedUrl("/admin/dashboard"));
		return session;
	}

	/** Opens the crew sign-in page in the session and posts its form filled in. */
	public static ResultActions postCrewForm(MockMvc mvc, MockHttpSession session, String name, String password)
			throws Exception {
		return postForm(mvc, session, "/crew-login", "crew_name", name, password);
	}

	/** Opens the admin sign-in page in the session and posts its form filled in. */
	public static ResultActions postAdminForm(MockMvc mvc, MockHttpSession session, String username, String password)
			throws Exception {
		return postForm(mvc, session, "/admin-login", "username", username, password);
	}

	private static ResultActions postForm(MockMvc mvc, MockHttpSession session, String page, String nameField,
			String name, String password) throws Exception {
		return postForm(mvc, session, page, nameField, name, password, null);
	}

	/** Posts the form; from {@code address} as the client address unless it is null. */
	private static ResultActions postForm(MockMvc mvc, MockHttpSession session, String page, String nameField,
			String name, String password, String address) throws Exception {
		MockHttpServletRequestBuilder request = post(page).session(session)
			.param(nameField, name)
			.param("password", password)
			.param("_csrf", csrfToken(mvc, session, page));
		if (address != null) {
			request.with(sent -> {
				sent.setRemoteAddr(address);
				return sent;
			});
		}
		return mvc.perform(request);
	}

	/** The crew sign-in form posted from a client address of the test's choosing, in a new session. */
	public static ResultActions postCrewFormFrom(MockMvc mvc, String address, String name, String password)
			throws Exception {
		return postForm(mvc, new MockHttpSession(), "/crew-login", "crew_name", name, password, address);
	}

	/** The admin sign-in form posted from a client address of the test's choosing, in a new session. */
	public static ResultActions postAdminFormFrom(MockMvc mvc, String address, String username, String password)
			throws Exception {
		return postForm(mvc, new MockHttpSession(), "/admin-login", "username", username, password, address);
	}

	/** The CSRF token in the first form of a page, as a browser would post it back. */
	public static String csrfToken(MockMvc mvc, MockHttpSession session, String page) throws Exception {
		String html = mvc.perform(get(page).session(session)).andReturn().getResponse().getContentAsString();
		Element token = Jsoup.parse(html).selectFirst("form input[name=_csrf]");
		if (token == null) {
			throw new AssertionError(page + " has no form with a CSRF token");
		}
		return token.val();
	}

}

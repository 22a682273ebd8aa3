package drydock.testing;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import drydock.security.Role;
import drydock.security.SignedInUser;

/** The accounts {@link DrydockAppTest} configures, and requests made as someone already signed in. */
public final class TestAccounts {

	public static final String ADMIN_USERNAME = "admin";

	public static final String ADMIN_PASSWORD = "admin-password-for-tests";

	public static final String CREW_PASSWORD = "crew-password-for-tests";

	private TestAccounts() {
	}

	/** A request from a crew member who signed in earlier (the session holds what sign-in put there). */
	public static RequestPostProcessor crew(String name) {
		return signedIn(new SignedInUser(name, Role.CREW));
	}

	public static RequestPostProcessor admin() {
		return signedIn(new SignedInUser(ADMIN_USERNAME, Role.ADMIN));
	}

	private static RequestPostProcessor signedIn(SignedInUser user) {
		return SecurityMockMvcRequestPostProcessors.authentication(UsernamePasswordAuthenticationToken.authenticated(user,
				null, AuthorityUtils.createAuthorityList(user.role().authority())));
	}

}

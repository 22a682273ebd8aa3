package drydock.testing;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import drydock.security.Role;
import drydock.security.SignedInUser;

/** A MockMvc request made by someone already signed in, as the sign-in pages leave them. */
public final class SignedIn {

	private SignedIn() {
	}

	public static RequestPostProcessor admin(String username) {
		return as(new SignedInUser(username, Role.ADMIN));
	}

	public static RequestPostProcessor crew(String crewName) {
		return as(new SignedInUser(crewName, Role.CREW));
	}

	private static RequestPostProcessor as(SignedInUser user) {
		return SecurityMockMvcRequestPostProcessors.authentication(UsernamePasswordAuthenticationToken.authenticated(user,
				null, AuthorityUtils.createAuthorityList(user.role().authority())));
	}

}

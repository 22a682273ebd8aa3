package drydock.web;

import org.springframework.security.web.csrf.CsrfToken;

import drydock.security.SignedInUser;

/**
 * What every page's layout needs: who is signed in (null for a stranger) and the CSRF
 * token its forms post back.
 */
public record Page(SignedInUser user, CsrfToken csrf) {

	public boolean signedIn() {
		return user != null;
	}

	public boolean admin() {
		return user != null && user.isAdmin();
	}

	public String csrfParameter() {
		return csrf == null ? "_csrf" : csrf.getParameterName();
	}

	public String csrfToken() {
		return csrf == null ? "" : csrf.getToken();
	}

}

package drydock.web;

import java.util.function.UnaryOperator;

import org.springframework.security.web.csrf.CsrfToken;

import drydock.security.SignedInUser;

/**
 * What every page's layout needs: who is signed in (null for a stranger), the CSRF
 * token its forms post back, and the hashed URLs of static files.
 */
public record Page(SignedInUser user, CsrfToken csrf, UnaryOperator<String> assetUrls) {

	/** The URL of a static file under its content-hashed name, so browsers may keep it for a year. */
	public String asset(String path) {
		return assetUrls.apply(path);
	}

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

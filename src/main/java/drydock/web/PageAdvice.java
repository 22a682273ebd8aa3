package drydock.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import drydock.security.SignedInUser;

/** Puts the {@link Page} every template takes into every model. */
@ControllerAdvice
class PageAdvice {

	private final ResourceUrlProvider assets;

	PageAdvice(ResourceUrlProvider assets) {
		this.assets = assets;
	}

	@ModelAttribute("page")
	Page page(@AuthenticationPrincipal SignedInUser user, HttpServletRequest request) {
		return of(user, request);
	}

	/** Also for exception handlers, whose models the {@code @ModelAttribute} above never reaches. */
	Page of(SignedInUser user, HttpServletRequest request) {
		return new Page(user, (CsrfToken) request.getAttribute(CsrfToken.class.getName()), path -> {
			String hashed = assets.getForLookupPath(path);
			return hashed == null ? path : hashed;
		});
	}

}

package drydock.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import drydock.security.SignedInUser;

/** Puts the {@link Page} every template takes into every model. */
@ControllerAdvice
class PageAdvice {

	@ModelAttribute("page")
	Page page(@AuthenticationPrincipal SignedInUser user, HttpServletRequest request) {
		return of(user, request);
	}

	/** Also for exception handlers, whose models the {@code @ModelAttribute} above never reaches. */
	static Page of(SignedInUser user, HttpServletRequest request) {
		return new Page(user, (CsrfToken) request.getAttribute(CsrfToken.class.getName()));
	}

}

package drydock.web;

import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.TransactionException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.server.ResponseStatusException;

import drydock.security.SignedInUser;
import drydock.workitem.ConcurrentEditException;
import drydock.workitem.SubmissionRefusedException;
import drydock.workitem.WorkItemAccessDeniedException;
import drydock.workitem.WorkItemNotFoundException;

/**
 * Refusals raised by controllers render the error page with their reason, which is written for
 * users, under the usual header: the signed-in user keeps their name, navigation and sign-out.
 */
@ControllerAdvice
class ErrorPages {

	private final PageAdvice pages;

	private final MultipartProperties multipart;

	ErrorPages(PageAdvice pages, MultipartProperties multipart) {
		this.pages = pages;
		this.multipart = multipart;
	}

	/**
	 * A form over an upload limit: its fields never arrived, so there is no form to show again,
	 * only the limit it passed. {@link UploadLimits} refuses it before the CSRF check;
	 * this is its error page, and the refusal if the form is read later.
	 */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(MaxUploadSizeExceededException ex, @AuthenticationPrincipal SignedInUser user,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		model.addAttribute("page", pages.of(user, request));
		String reason = UploadLimits.reason(ex, multipart);
		if (reason == null && request.getAttribute(UploadLimits.REASON) instanceof String known) {
			reason = known;
		}
		return page(HttpStatus.CONTENT_TOO_LARGE.value(),
				reason == null ? "Nothing was saved: the form was larger than the upload limits allow." : reason, response,
				model);
	}

	@ExceptionHandler(ResponseStatusException.class)
	String refused(ResponseStatusException ex, @AuthenticationPrincipal SignedInUser user, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		model.addAttribute("page", pages.of(user, request));
		return page(ex.getStatusCode().value(), ex.getReason(), response, model);
	}

	/** A refusal that reached no form, such as a crew member opening someone else's item. */
	@ExceptionHandler({ WorkItemAccessDeniedException.class, WorkItemNotFoundException.class,
			SubmissionRefusedException.class, ConcurrentEditException.class })
	String refused(RuntimeException ex, @AuthenticationPrincipal SignedInUser user, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		model.addAttribute("page", pages.of(user, request));
		Refusal refusal = Refusal.of(ex);
		return page(refusal.status().value(), refusal.message(), response, model);
	}

	/**
	 * The database is out of reach: 503 with Retry-After rather than a 500, since trying again
	 * later works. Any other data failure is a bug and goes on to the usual 500 page.
	 */
	@ExceptionHandler({ DataAccessException.class, TransactionException.class, PersistenceException.class })
	String databaseOutage(RuntimeException ex, @AuthenticationPrincipal SignedInUser user, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		DatabaseOutage.startAnswer(ex, request, response);
		model.addAttribute("page", pages.of(user, request));
		return page(HttpStatus.SERVICE_UNAVAILABLE.value(), DatabaseOutage.MESSAGE, response, model);
	}

	private static String page(int code, String message, HttpServletResponse response, Model model) {
		response.setStatus(code);
		HttpStatus status = HttpStatus.resolve(code);
		model.addAttribute("status", code);
		model.addAttribute("error", status == null ? "Error" : status.getReasonPhrase());
		model.addAttribute("message", message);
		return "error";
	}

}

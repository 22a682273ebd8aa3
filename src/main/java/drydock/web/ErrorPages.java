package drydock.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.server.ResponseStatusException;

/** Refusals raised by controllers render the error page with their reason, which is written for users. */
@ControllerAdvice
class ErrorPages {

	@ExceptionHandler(ResponseStatusException.class)
	String refused(ResponseStatusException ex, HttpServletResponse response, Model model) {
		response.setStatus(ex.getStatusCode().value());
		HttpStatus status = HttpStatus.resolve(ex.getStatusCode().value());
		model.addAttribute("status", ex.getStatusCode().value());
		model.addAttribute("error", status == null ? "Error" : status.getReasonPhrase());
		model.addAttribute("message", ex.getReason());
		return "error";
	}

}

package drydock.web;

import org.springframework.http.HttpStatus;

import drydock.photo.PhotoNotStoredException;
import drydock.photo.PhotoRejectedException;
import drydock.workitem.ConcurrentEditException;
import drydock.workitem.SubmissionRefusedException;
import drydock.workitem.WorkItemAccessDeniedException;
import drydock.workitem.WorkItemNotFoundException;

/**
 * A form that could not be carried out, as its sender should see it: the status the page
 * comes back with and the reason. Exceptions that are not refusals are not translated.
 */
public record Refusal(HttpStatus status, String message) {

	public static boolean isRefusal(RuntimeException ex) {
		return ex instanceof PhotoRejectedException || ex instanceof PhotoNotStoredException || ex instanceof SubmissionRefusedException
				|| ex instanceof ConcurrentEditException || ex instanceof WorkItemAccessDeniedException
				|| ex instanceof WorkItemNotFoundException;
	}

	/** The refusal an exception stands for; call only when {@link #isRefusal} holds. */
	public static Refusal of(RuntimeException ex) {
		return switch (ex) {
			case PhotoRejectedException photo -> new Refusal(HttpStatus.valueOf(photo.httpStatus()),
					"Photo refused: " + photo.getMessage() + ". Nothing was saved; please choose your photos again.");
			case PhotoNotStoredException notStored -> new Refusal(HttpStatus.SERVICE_UNAVAILABLE,
					"The photos could not be stored on the server, so nothing was saved; please choose your photos and send again.");
			case ConcurrentEditException conflict -> new Refusal(HttpStatus.CONFLICT, conflict.getMessage());
			case WorkItemAccessDeniedException denied -> new Refusal(HttpStatus.FORBIDDEN, denied.getMessage());
			case WorkItemNotFoundException missing -> new Refusal(HttpStatus.NOT_FOUND, missing.getMessage());
			default -> new Refusal(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage());
		};
	}

	public FormErrors errors() {
		return FormErrors.form(message);
	}

}

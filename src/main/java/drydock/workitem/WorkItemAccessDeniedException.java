package drydock.workitem;

/** A crew member asked to change an item that is not theirs to change; the message says why. */
public class WorkItemAccessDeniedException extends RuntimeException {

	public WorkItemAccessDeniedException(String message) {
		super(message);
	}

}

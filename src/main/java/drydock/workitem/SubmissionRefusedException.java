package drydock.workitem;

/** A submission the workflow does not allow; the message is for the person who sent it. */
public class SubmissionRefusedException extends RuntimeException {

	public SubmissionRefusedException(String message) {
		super(message);
	}

}

package drydock.security;

/**
 * Published for every sign-in posted: who it was for (the name as typed), whether it
 * succeeded, and whether it was refused unchecked because of too many failures.
 */
public record SignInAttempt(String username, boolean admin, Outcome outcome) {

	public enum Outcome {

		SUCCEEDED, FAILED, REFUSED_TOO_MANY_FAILURES

	}

}

package drydock.observe;

/** The request a thread is serving, so a slow SQL statement can say which page ran it. */
final class CurrentRequest {

	private static final ThreadLocal<String> DESCRIPTION = new ThreadLocal<>();

	private CurrentRequest() {
	}

	static void set(String description) {
		DESCRIPTION.set(description);
	}

	static void clear() {
		DESCRIPTION.remove();
	}

	/** "GET /admin/dashboard", or "(no request)" for work outside requests such as start-up. */
	static String describe() {
		String description = DESCRIPTION.get();
		return description == null ? "(no request)" : description;
	}

}

package drydock.testing;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Assumptions;

/**
 * Tests that need a service outside the JVM (PostgreSQL, Redis, libvips, Chromium) call
 * {@link #assumeAvailable}: where the service is missing they are skipped with a message,
 * except in CI ({@code CI=true} or {@code DRYDOCK_REQUIRE_SERVICES=true}), where a missing
 * service fails the run instead of passing it silently.
 */
public final class RequiredServices {

	private RequiredServices() {
	}

	public static boolean required() {
		return isTrue(System.getenv("DRYDOCK_REQUIRE_SERVICES")) || isTrue(System.getenv("CI"));
	}

	public static void assumeAvailable(String service, boolean available, String howToProvide) {
		if (available) {
			return;
		}
		String message = service + " is not available (" + howToProvide + ")";
		if (required()) {
			fail(message + "; it is required here because CI or DRYDOCK_REQUIRE_SERVICES is set");
		}
		Assumptions.abort(message + "; skipping this test");
	}

	private static boolean isTrue(String value) {
		return value != null && value.equalsIgnoreCase("true");
	}

}

package drydock.workitem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * REDIS_URL names a Redis that does not answer (a closed port): the application starts,
 * stays healthy and serves every page from the database, right after each write.
 */
class DashboardCacheWithoutRedisTest extends DashboardFreshnessTests {

	@DynamicPropertySource
	static void deadRedis(DynamicPropertyRegistry registry) {
		registry.add("REDIS_URL", () -> "redis://127.0.0.1:" + closedPort());
	}

	@Test
	void pagesAreServedFromTheDatabase() throws Exception {
		int id = submitItem("DP");
		assertThat(row(dashboard(mine(id)), id)).contains("Leaking valve");
		assertThat(statements.count(() -> dashboard(ALL))).isPositive();
		assign(id, "Needs Revision", "AL", null);
		assertThat(row(dashboard(mine(id)), id)).contains("→ AL");
		mvc.perform(get("/actuator/health")).andExpect(status().isOk());
	}

	private static int closedPort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

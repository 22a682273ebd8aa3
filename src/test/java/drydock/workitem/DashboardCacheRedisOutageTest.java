package drydock.workitem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import drydock.testing.FaultyTcpProxy;
import drydock.testing.TestRedis;

/**
 * Redis going away while the application serves, through a proxy between them (the
 * machine's Redis keeps running for everyone else): pages come from the database, one
 * warning is logged, and once Redis is back pages are cached again, none of them stale.
 * The freshness tests run here too, through the proxy.
 */
@ExtendWith(OutputCaptureExtension.class)
class DashboardCacheRedisOutageTest extends DashboardFreshnessTests {

	private static final String PREFIX = "drydock-test-" + UUID.randomUUID() + ":";

	private static final String FAILED = "The dashboard cache failed";

	private static final URI SERVER = URI.create(TestRedis.url());

	private static final FaultyTcpProxy REDIS = new FaultyTcpProxy(SERVER.getHost(),
			SERVER.getPort() > 0 ? SERVER.getPort() : 6379);

	@BeforeAll
	static void redisRuns() {
		TestRedis.assumeAvailable();
	}

	@DynamicPropertySource
	static void redisThroughTheProxy(DynamicPropertyRegistry registry) {
		registry.add("REDIS_URL", () -> "redis://127.0.0.1:" + REDIS.port());
		registry.add("spring.cache.redis.key-prefix", () -> PREFIX);
	}

	@AfterEach
	void redisBack() {
		REDIS.restore();
	}

	@AfterAll
	static void closeProxyAndDeleteKeys() {
		REDIS.close();
		TestRedis.deleteKeys(PREFIX);
	}

	@Test
	void whileRedisIsStoppedPagesComeFromTheDatabaseAndCachingResumesWithoutStalePages(CapturedOutput output) {
		int id = submitItem("DP");
		String page = mine(id);
		// The first command also connects, and may miss the 500 ms timeout on a busy machine.
		awaitCached(page);
		int warningsBefore = count(output, FAILED);

		REDIS.stop();

		for (int i = 0; i < 3; i++) {
			assertThat(row(dashboard(page), id)).contains("Leaking valve");
			// Past the pause after a failure, so that Redis is tried (and fails) again.
			later();
		}
		assertThat(statements.count(() -> dashboard(page))).as("SQL of an uncached page").isPositive();
		// A write Redis cannot hear of: the page cached before the outage must not come back.
		assign(id, "Needs Revision", "AL", null);
		assertThat(row(dashboard(page), id)).contains("→ AL");
		assertThat(count(output, FAILED) - warningsBefore).as("warnings for one outage").isEqualTo(1);

		REDIS.restore();

		// Lettuce reconnects after its back-off; the cache is tried again after its pause.
		awaitCached(page);
		assertThat(row(dashboard(page), id)).contains("→ AL");
		assertThat(output.getOut()).contains("The dashboard cache answers again");
	}

	@Test
	void whileRedisHangsPagesComeFromTheDatabaseAndCachingResumes() {
		int id = submitItem("DP");
		String page = mine(id);
		awaitCached(page);

		REDIS.hang();

		for (int i = 0; i < 3; i++) {
			assertThat(row(dashboard(page), id)).contains("Leaking valve");
			later();
		}
		assign(id, "Needs Revision", "AL", null);
		assertThat(row(dashboard(page), id)).contains("→ AL");

		REDIS.restore();

		awaitCached(page);
		assertThat(row(dashboard(page), id)).contains("→ AL");
	}

	/** Until a second identical request runs no SQL: the page came from Redis. */
	private void awaitCached(String page) {
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
			later();
			dashboard(page);
			return statements.count(() -> dashboard(page)) == 0;
		});
	}

	private void later() {
		clock.set(clock.instant().plusSeconds(6));
	}

	private static int count(CapturedOutput output, String text) {
		return (int) Pattern.compile(Pattern.quote(text)).matcher(output.getOut()).results().count();
	}

}

package drydock.workitem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.data.redis.cache.RedisCacheConfiguration;
import org.springframework.data.redis.cache.RedisCacheManager;
import org.springframework.data.redis.cache.RedisCacheWriter;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import drydock.testing.TestRedis;

/**
 * The dashboard cache with REDIS_URL set, against a real Redis, under a key prefix of this
 * run's own (deleted afterwards); and a second node sharing that Redis.
 */
class DashboardCacheOnRedisTest extends DashboardCacheTests {

	private static final String PREFIX = "drydock-test-" + UUID.randomUUID() + ":";

	@BeforeAll
	static void redisRuns() {
		TestRedis.assumeAvailable();
	}

	@DynamicPropertySource
	static void redis(DynamicPropertyRegistry registry) {
		registry.add("REDIS_URL", TestRedis::url);
		registry.add("spring.cache.redis.key-prefix", () -> PREFIX);
	}

	@AfterAll
	static void deleteKeys() {
		TestRedis.deleteKeys(PREFIX);
	}

	@Autowired
	CacheManager caches;

	@Autowired
	WorkItemQueries queries;

	@Test
	void redisIsUsedWhenRedisUrlIsSet() {
		assertThat(caches).isInstanceOf(RedisCacheManager.class);
	}

	@Test
	void aSecondNodeSharingRedisNeverShowsAStalePage() {
		// The second node: its own connection and cache manager on the same Redis and prefix, written as the application writes.
		LettuceConnectionFactory connection = TestRedis.connect();
		try {
			RedisCacheManager otherCaches = RedisCacheManager
				.builder(RedisCacheWriter.create(connection, writer -> writer.immediateWrites()))
				.cacheDefaults(RedisCacheConfiguration.defaultCacheConfig()
					.prefixCacheNameWith(PREFIX)
					.entryTtl(Duration.ofMinutes(10)))
				.build();
			DashboardCache otherNode = new DashboardCache(queries::dashboard,
					otherCaches.getCache(DashboardCache.PAGES), otherCaches.getCache(DashboardCache.GENERATION),
					Clock.systemUTC());
			int id = submitItem("DP");
			WorkItemFilter firstPage = new WorkItemFilter(null, number(id), WorkItemSort.DATE_DESC, 1, 25);
			// The API listing caches the plain page (the dashboard caches it with its rendered rows).
			dashboard("/api/v1/work-items?search=" + number(id));
			// What this node cached, the other reads without SQL: one cache.
			assertThat(statements.count(() -> otherNode.page(firstPage))).isZero();

			// Written through this node, read through the other.
			assign(id, "Needs Revision", "AL", "Photos of the flange");
			assertThat(summary(otherNode.page(firstPage), id).assignedTo()).isEqualTo("AL");
			workItems.delete(id);
			assertThat(otherNode.page(firstPage).items()).extracting(WorkItemSummary::id).doesNotContain(id);

			// And the other way round: the other node's invalidation reaches this one.
			int second = submitItem("AL");
			assertThat(row(dashboard(mine(second)), second)).contains("Leaking valve");
			jdbc.sql("UPDATE work_items SET description = 'Changed on the other node' WHERE id = ?")
				.param(second)
				.update();
			otherNode.evict();
			assertThat(row(dashboard(mine(second)), second)).contains("Changed on the other node");
		}
		finally {
			connection.destroy();
		}
	}

	private static WorkItemSummary summary(WorkItemPage page, int id) {
		return page.items().stream().filter(item -> item.id() == id).findFirst().orElseThrow();
	}

}

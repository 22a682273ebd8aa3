package drydock.workitem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.cache.caffeine.CaffeineCacheManager;

/** The dashboard cache as it runs without REDIS_URL, in the shared application context. */
class DashboardCacheOnCaffeineTest extends DashboardCacheTests {

	@Autowired
	CacheManager caches;

	@Test
	void caffeineIsTheDefault() {
		assertThat(caches).isInstanceOf(CaffeineCacheManager.class);
		assertThat(caches.getCacheNames()).contains(DashboardCache.PAGES, DashboardCache.GENERATION);
	}

}

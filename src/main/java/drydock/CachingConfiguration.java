package drydock;

import org.springframework.boot.cache.autoconfigure.RedisCacheManagerBuilderCustomizer;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.cache.RedisCacheWriter;
import org.springframework.data.redis.connection.RedisConnectionFactory;

/**
 * Turns on Boot's cache manager (Caffeine, or Redis when REDIS_URL is set; see
 * {@code application.properties}), which {@link drydock.workitem.DashboardCache} uses.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class CachingConfiguration {

	/**
	 * Redis writes that have reached Redis when they return. Spring Data Redis otherwise sends
	 * them asynchronously with Lettuce, and an invalidation still on its way when the writer's
	 * response goes would let another node (or the writer's next request) read a stale page.
	 */
	@Bean
	RedisCacheManagerBuilderCustomizer immediateRedisWrites(RedisConnectionFactory redis) {
		return builder -> builder.cacheWriter(RedisCacheWriter.create(redis, writer -> writer.immediateWrites()));
	}

}

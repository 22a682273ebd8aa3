package drydock;

import java.util.Map;
import java.util.function.Function;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertyResolver;
import org.springframework.core.env.PropertySource;

/**
 * Chooses the cache: Redis, shared by every node, when REDIS_URL is set (its parts become
 * Boot's {@code spring.data.redis.*} settings), else Caffeine in this process. These are
 * defaults: an explicit setting (e.g. {@code SPRING_CACHE_TYPE=none}) wins.
 */
class RedisUrlEnvironmentPostProcessor implements EnvironmentPostProcessor {

	static final String REDIS_URL = "REDIS_URL";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String value = environment.getProperty(REDIS_URL);
		if (value != null && !value.isBlank()) {
			// Refuse a bad value now, before anything starts.
			RedisUrl.parse(value);
		}
		environment.getPropertySources().addLast(new RedisUrlPropertySource(environment));
	}

	/**
	 * The settings REDIS_URL stands for, read from it when asked (so that a REDIS_URL a test
	 * adds later counts too), with the lowest precedence.
	 */
	static final class RedisUrlPropertySource extends PropertySource<Object> {

		private static final Map<String, Function<RedisUrl, Object>> PARTS = Map.of("spring.data.redis.host",
				RedisUrl::host, "spring.data.redis.port", RedisUrl::port, "spring.data.redis.username",
				RedisUrl::username, "spring.data.redis.password", RedisUrl::password, "spring.data.redis.database",
				RedisUrl::database, "spring.data.redis.ssl.enabled", RedisUrl::ssl);

		private static final String CACHE_TYPE = "spring.cache.type";

		/** A field, not the source: Boot walks into a source that is an environment, and this one holds itself. */
		private final PropertyResolver environment;

		RedisUrlPropertySource(PropertyResolver environment) {
			super(REDIS_URL);
			this.environment = environment;
		}

		@Override
		public Object getProperty(String name) {
			Function<RedisUrl, Object> part = PARTS.get(name);
			if (part == null && !CACHE_TYPE.equals(name)) {
				return null;
			}
			String value = environment.getProperty(REDIS_URL);
			boolean redis = value != null && !value.isBlank();
			if (CACHE_TYPE.equals(name)) {
				return redis ? "redis" : "caffeine";
			}
			if (!redis) {
				return null;
			}
			Object result = part.apply(RedisUrl.parse(value));
			return result instanceof String text && text.isEmpty() ? null : String.valueOf(result);
		}

	}

}

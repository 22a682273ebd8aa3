package drydock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class RedisUrlEnvironmentPostProcessorTest {

	private final MockEnvironment environment = new MockEnvironment();

	@Test
	void withoutRedisUrlTheCacheIsCaffeineAndRedisIsLeftAlone() {
		postProcess();

		assertThat(environment.getProperty("spring.cache.type")).isEqualTo("caffeine");
		assertThat(environment.getProperty("spring.data.redis.host")).isNull();
	}

	@Test
	void aRedisUrlBecomesBootsRedisSettings() {
		environment.setProperty("REDIS_URL", "redis://:s%40cret@cache.example.internal:6380/2");

		postProcess();

		assertThat(environment.getProperty("spring.cache.type")).isEqualTo("redis");
		assertThat(environment.getProperty("spring.data.redis.host")).isEqualTo("cache.example.internal");
		assertThat(environment.getProperty("spring.data.redis.port")).isEqualTo("6380");
		assertThat(environment.getProperty("spring.data.redis.username")).isNull();
		assertThat(environment.getProperty("spring.data.redis.password")).isEqualTo("s@cret");
		assertThat(environment.getProperty("spring.data.redis.database")).isEqualTo("2");
		assertThat(environment.getProperty("spring.data.redis.ssl.enabled")).isEqualTo("false");
	}

	@Test
	void redissIsTlsWithTheDefaultPortAndDatabase() {
		environment.setProperty("REDIS_URL", "rediss://default:pw@cache.example.internal");

		postProcess();

		assertThat(environment.getProperty("spring.data.redis.ssl.enabled")).isEqualTo("true");
		assertThat(environment.getProperty("spring.data.redis.port")).isEqualTo("6379");
		assertThat(environment.getProperty("spring.data.redis.database")).isEqualTo("0");
		assertThat(environment.getProperty("spring.data.redis.username")).isEqualTo("default");
		assertThat(environment.getProperty("spring.data.redis.password")).isEqualTo("pw");
	}

	@Test
	void aPasswordAloneNeedsNoColon() {
		assertThat(RedisUrl.parse("redis://secret@localhost")).isEqualTo(
				new RedisUrl("localhost", 6379, "", "secret", 0, false));
	}

	@Test
	void anExplicitSettingWins() {
		environment.setProperty("REDIS_URL", "redis://localhost:6379");
		environment.setProperty("spring.cache.type", "none");
		environment.setProperty("spring.data.redis.host", "elsewhere");

		postProcess();

		assertThat(environment.getProperty("spring.cache.type")).isEqualTo("none");
		assertThat(environment.getProperty("spring.data.redis.host")).isEqualTo("elsewhere");
	}

	@Test
	void aBlankRedisUrlIsNone() {
		environment.setProperty("REDIS_URL", " ");

		postProcess();

		assertThat(environment.getProperty("spring.cache.type")).isEqualTo("caffeine");
	}

	@Test
	void aBadRedisUrlIsRefusedWithoutRepeatingIt() {
		environment.setProperty("REDIS_URL", "http://cache.example.internal");
		assertThatIllegalArgumentException().isThrownBy(this::postProcess).withMessageContaining("redis://");
		assertThatIllegalArgumentException().isThrownBy(() -> RedisUrl.parse("redis://:pass word@host"))
			.withMessageNotContaining("pass word");
		assertThatIllegalArgumentException().isThrownBy(() -> RedisUrl.parse("redis://host/cache"))
			.withMessageContaining("database number");
	}

	private void postProcess() {
		new RedisUrlEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication());
	}

}

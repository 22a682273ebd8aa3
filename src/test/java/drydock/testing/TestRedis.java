package drydock.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;

import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The Redis server the Redis tests share: {@code DRYDOCK_TEST_REDIS_URL}, else the local
 * one on the default port (as {@code .ci/run} starts it). Tests keep to keys under a
 * prefix of their own and delete them afterwards.
 */
public final class TestRedis {

	private TestRedis() {
	}

	public static String url() {
		String url = System.getenv("DRYDOCK_TEST_REDIS_URL");
		return url == null || url.isBlank() ? "redis://127.0.0.1:6379" : url;
	}

	public static void assumeAvailable() {
		RequiredServices.assumeAvailable("Redis", reachable(),
				"start redis-server, or set DRYDOCK_TEST_REDIS_URL to a Redis the tests may write to");
	}

	/** A connection of its own to the test Redis; the caller stops it. */
	public static LettuceConnectionFactory connect() {
		URI uri = URI.create(url());
		RedisStandaloneConfiguration server = new RedisStandaloneConfiguration(uri.getHost(),
				uri.getPort() > 0 ? uri.getPort() : 6379);
		LettuceConnectionFactory connection = new LettuceConnectionFactory(server);
		connection.afterPropertiesSet();
		connection.start();
		return connection;
	}

	/** Deletes every key under the prefix. */
	public static void deleteKeys(String prefix) {
		LettuceConnectionFactory connection = connect();
		try {
			StringRedisTemplate redis = new StringRedisTemplate(connection);
			var keys = redis.keys(prefix + "*");
			if (keys != null && !keys.isEmpty()) {
				redis.delete(keys);
			}
		}
		finally {
			connection.destroy();
		}
	}

	private static boolean reachable() {
		URI uri = URI.create(url());
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort() > 0 ? uri.getPort() : 6379), 1000);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}

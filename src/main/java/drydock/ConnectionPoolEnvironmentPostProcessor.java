package drydock;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The connection pool's size for this machine, {@value #SIZE_FOR_MACHINE}, which the pool takes
 * unless DB_POOL_MAX_SIZE says otherwise (application.properties): PostgreSQL's rule of thumb of two
 * connections per processor plus one, at least {@value #SMALLEST}. Drydock's database usually runs on
 * the same machine or one like it; where it runs on a bigger one, DB_POOL_MAX_SIZE says so.
 */
class ConnectionPoolEnvironmentPostProcessor implements EnvironmentPostProcessor {

	static final String SIZE_FOR_MACHINE = "drydock.machine.connection-pool-size";

	/**
	 * Ten, the size measured on two processors since the start: a request may hold a connection for long
	 * (a spreadsheet streamed to a slow client, the photo file check) or a second one for a moment (a
	 * photo file's check after its transaction commits), and must not stall the rest.
	 */
	static final int SMALLEST = 10;

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		environment.getPropertySources()
			.addLast(new MapPropertySource(SIZE_FOR_MACHINE,
					Map.of(SIZE_FOR_MACHINE, forProcessors(Runtime.getRuntime().availableProcessors()))));
	}

	static int forProcessors(int processors) {
		return Math.max(SMALLEST, 2 * processors + 1);
	}

}

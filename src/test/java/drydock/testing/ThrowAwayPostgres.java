package drydock.testing;

import java.util.Map;

import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a test application at a new PostgreSQL database of its own, dropped once the
 * context has closed. A test class using it calls {@link TestPostgres#assumeAvailable()} in
 * a {@code @BeforeAll} method, so that a missing server skips it (fails it in CI) before
 * the context is loaded.
 */
public class ThrowAwayPostgres implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		TestPostgres database = TestPostgres.create("app");
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("throwAwayPostgres", Map.of("spring.datasource.url", url(database, context),
					// The JDBC URL carries the user; the embedded default's "sa" must not be sent.
					"spring.datasource.username", "", "spring.datasource.password", "")));
		((DefaultSingletonBeanRegistry) context.getBeanFactory()).registerDisposableBean("throwAwayPostgresDrop",
				database::close);
	}

	/** How the application reaches the database: directly, unless a subclass puts something between. */
	protected String url(TestPostgres database, ConfigurableApplicationContext context) {
		return database.jdbcUrl();
	}

}

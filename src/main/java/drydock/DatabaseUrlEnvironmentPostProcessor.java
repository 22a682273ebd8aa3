package drydock;

import java.util.Map;
import java.util.function.Function;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertyResolver;
import org.springframework.core.env.PropertySource;

/** Points the data source at DATABASE_URL, the Flask app's setting, when it is set. */
class DatabaseUrlEnvironmentPostProcessor implements EnvironmentPostProcessor {

	static final String DATABASE_URL = "DATABASE_URL";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String value = environment.getProperty(DATABASE_URL);
		if (value != null && !value.isBlank()) {
			// Refuse a bad value now, before anything starts.
			DatabaseUrl.parse(value);
		}
		environment.getPropertySources().addFirst(new DatabaseUrlPropertySource(environment));
	}

	/**
	 * The data source settings DATABASE_URL stands for, read from it when asked rather than
	 * copied now, so that a DATABASE_URL from a source added later (a test's
	 * {@code @DynamicPropertySource}) counts too. Without DATABASE_URL it holds nothing.
	 */
	static final class DatabaseUrlPropertySource extends PropertySource<Object> {

		private static final Map<String, Function<DatabaseUrl, String>> PARTS = Map.of("spring.datasource.url",
				DatabaseUrl::jdbcUrl, "spring.datasource.username", DatabaseUrl::username, "spring.datasource.password",
				DatabaseUrl::password);

		/** A field, not the source: Boot walks into a source that is an environment, and this one holds itself. */
		private final PropertyResolver environment;

		DatabaseUrlPropertySource(PropertyResolver environment) {
			super(DATABASE_URL);
			this.environment = environment;
		}

		@Override
		public Object getProperty(String name) {
			Function<DatabaseUrl, String> part = PARTS.get(name);
			if (part == null) {
				return null;
			}
			String value = environment.getProperty(DATABASE_URL);
			return value == null || value.isBlank() ? null : part.apply(DatabaseUrl.parse(value));
		}

	}

}

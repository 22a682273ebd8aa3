package drydock;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/** Points the data source at DATABASE_URL, the Flask app's setting, when it is set. */
class DatabaseUrlEnvironmentPostProcessor implements EnvironmentPostProcessor {

	static final String DATABASE_URL = "DATABASE_URL";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String value = environment.getProperty(DATABASE_URL);
		if (value == null || value.isBlank()) {
			return;
		}
		DatabaseUrl url = DatabaseUrl.parse(value);
		environment.getPropertySources()
			.addFirst(new MapPropertySource("DATABASE_URL", Map.of("spring.datasource.url", url.jdbcUrl(),
					"spring.datasource.username", url.username(), "spring.datasource.password", url.password())));
	}

}

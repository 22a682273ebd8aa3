package drydock;

import java.util.List;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Runs the one-shot commands ({@code --drydock.seed.items=N}, {@code --drydock.check-files})
 * without a web server: a command must not take the port of the application it runs beside,
 * nor answer requests while it works. A default only: an explicit
 * {@code spring.main.web-application-type} wins.
 */
class CommandEnvironmentPostProcessor implements EnvironmentPostProcessor {

	/** The settings that make a start a command, as their {@code @ConditionalOnProperty} reads them. */
	static final List<String> COMMANDS = List.of("drydock.seed.items", "drydock.check-files");

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		boolean command = COMMANDS.stream()
			.map(environment::getProperty)
			.anyMatch(value -> value != null && !"false".equalsIgnoreCase(value));
		if (command) {
			environment.getPropertySources()
				.addLast(new MapPropertySource("drydock-command", Map.of("spring.main.web-application-type", "none")));
		}
	}

}

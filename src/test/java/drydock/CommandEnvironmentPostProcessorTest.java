package drydock;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.mock.env.MockEnvironment;

class CommandEnvironmentPostProcessorTest {

	private final MockEnvironment environment = new MockEnvironment();

	@ParameterizedTest
	@ValueSource(strings = { "--drydock.check-files", "--drydock.seed.items=10" })
	void aCommandStartsNoWebServer(String command) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Empty.class).run(command)) {
			assertThat(context).isNotInstanceOf(WebServerApplicationContext.class);
		}
	}

	@Test
	void theApplicationItselfKeepsItsWebServer() {
		postProcess();

		assertThat(environment.getProperty("spring.main.web-application-type")).isNull();
	}

	@Test
	void aCommandSwitchedOffIsNoCommand() {
		environment.setProperty("drydock.check-files", "false");

		postProcess();

		assertThat(environment.getProperty("spring.main.web-application-type")).isNull();
	}

	@Test
	void anExplicitWebApplicationTypeWins() {
		environment.setProperty("drydock.check-files", "");
		environment.setProperty("spring.main.web-application-type", "servlet");

		postProcess();

		assertThat(environment.getProperty("spring.main.web-application-type")).isEqualTo("servlet");
	}

	private void postProcess() {
		new CommandEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication());
	}

	/** No beans: only the start-up decisions are under test. */
	@Configuration(proxyBeanMethods = false)
	static class Empty {

	}

}

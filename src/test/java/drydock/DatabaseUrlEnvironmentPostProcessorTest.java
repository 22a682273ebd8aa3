package drydock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class DatabaseUrlEnvironmentPostProcessorTest {

	private final MockEnvironment environment = new MockEnvironment()
		.withProperty("spring.datasource.url", "jdbc:h2:file:./data/drydock")
		.withProperty("spring.datasource.username", "sa");

	@ParameterizedTest
	@ValueSource(strings = { "postgres", "postgresql" })
	void aPlatformUrlPointsTheDataSourceAtPostgres(String scheme) {
		environment.setProperty("DATABASE_URL", scheme + "://drydock:p%40ss@db.example.internal:5432/ship");

		postProcess();

		assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://db.example.internal:5432/ship");
		assertThat(environment.getProperty("spring.datasource.username")).isEqualTo("drydock");
		assertThat(environment.getProperty("spring.datasource.password")).isEqualTo("p@ss");
	}

	@Test
	void aJdbcUrlIsUsedAsItIs() {
		environment.setProperty("DATABASE_URL", "jdbc:postgresql://db.example.internal:5432/ship?user=drydock");

		postProcess();

		assertThat(environment.getProperty("spring.datasource.url"))
			.isEqualTo("jdbc:postgresql://db.example.internal:5432/ship?user=drydock");
		// The embedded default's "sa" must not be sent to PostgreSQL as the user.
		assertThat(environment.getProperty("spring.datasource.username")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   " })
	void withoutDatabaseUrlTheEmbeddedDefaultStays(String value) {
		environment.setProperty("DATABASE_URL", value);

		postProcess();

		assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:h2:file:./data/drydock");
		assertThat(environment.getProperty("spring.datasource.username")).isEqualTo("sa");
	}

	@Test
	void aDatabaseUrlFromASourceAddedAfterStartUpPreparationCountsToo() {
		// As a test's @DynamicPropertySource adds it: after every EnvironmentPostProcessor has run.
		postProcess();
		environment.setProperty("DATABASE_URL", "postgres://drydock@db.example.internal:5432/ship");

		assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://db.example.internal:5432/ship");
		assertThat(environment.getProperty("spring.datasource.username")).isEqualTo("drydock");
	}

	@Test
	void aBadDatabaseUrlStopsTheStart() {
		environment.setProperty("DATABASE_URL", "mysql://drydock@db/ship");

		assertThatIllegalArgumentException().isThrownBy(this::postProcess).withMessageContaining("DATABASE_URL");
	}

	private void postProcess() {
		new DatabaseUrlEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication());
	}

}

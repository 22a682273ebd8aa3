package drydock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatabaseUrlTest {

	@Test
	void aPlatformUrlBecomesJdbcWithItsCredentials() {
		DatabaseUrl url = DatabaseUrl.parse("postgres://drydock:s3cret@db.example.internal:6543/ship");

		assertThat(url).isEqualTo(new DatabaseUrl("jdbc:postgresql://db.example.internal:6543/ship", "drydock", "s3cret"));
	}

	@Test
	void thePostgresqlSchemeIsTheSame() {
		DatabaseUrl url = DatabaseUrl.parse("postgresql://drydock:s3cret@db.example.internal:6543/ship");

		assertThat(url).isEqualTo(new DatabaseUrl("jdbc:postgresql://db.example.internal:6543/ship", "drydock", "s3cret"));
	}

	@Test
	void aJdbcUrlIsTakenAsItIs() {
		String jdbc = "jdbc:postgresql://db.example.internal:6543/ship?user=drydock&password=s3cret";

		assertThat(DatabaseUrl.parse("  " + jdbc + "\n")).isEqualTo(new DatabaseUrl(jdbc, "", ""));
	}

	@Test
	void escapedCharactersInCredentialsAreDecoded() {
		DatabaseUrl url = DatabaseUrl.parse("postgres://ship%40yard:p%40ss%3Aw%2Frd%25%20x@db:5432/ship");

		assertThat(url.username()).isEqualTo("ship@yard");
		assertThat(url.password()).isEqualTo("p@ss:w/rd% x");
	}

	@Test
	void aPlusInThePasswordStaysAPlus() {
		// Platforms generate passwords with '+'; it is not form-encoding's space here.
		assertThat(DatabaseUrl.parse("postgres://drydock:a+b@db/ship").password()).isEqualTo("a+b");
	}

	@Test
	void theQueryStringIsKept() {
		DatabaseUrl url = DatabaseUrl.parse("postgres://drydock:pw@db:5432/ship?sslmode=require&application_name=drydock");

		assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/ship?sslmode=require&application_name=drydock");
	}

	@Test
	void withoutPortOrCredentialsTheDriverDefaultsApply() {
		assertThat(DatabaseUrl.parse("postgres://db/ship")).isEqualTo(new DatabaseUrl("jdbc:postgresql://db/ship", "", ""));
	}

	@Test
	void aUserWithoutPasswordHasAnEmptyPassword() {
		assertThat(DatabaseUrl.parse("postgres://drydock@db:5432/ship"))
			.isEqualTo(new DatabaseUrl("jdbc:postgresql://db:5432/ship", "drydock", ""));
	}

	@ParameterizedTest
	@ValueSource(strings = { "mysql://drydock:s3cret@db/ship", "db.example.internal:5432/ship", "" })
	void anUnknownFormIsRefusedNamingTheAcceptedOnes(String value) {
		assertThatIllegalArgumentException().isThrownBy(() -> DatabaseUrl.parse(value))
			.withMessageContaining("postgres://, postgresql:// or jdbc:");
	}

	@Test
	void aUrlWithoutHostIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> DatabaseUrl.parse("postgres:///ship"))
			.withMessageContaining("no host");
	}

	@ParameterizedTest
	@ValueSource(strings = { "postgres://drydock:s3cret sauce@db/ship", "postgres://drydock:s3cret%zz@db/ship",
			"mysql://drydock:s3cret@db/ship" })
	void aRefusalNeverRepeatsThePassword(String value) {
		// The message and its causes end up in the start-up log.
		assertThatIllegalArgumentException().isThrownBy(() -> DatabaseUrl.parse(value))
			.satisfies(refusal -> assertThat(Stream.iterate((Throwable) refusal, t -> t != null, Throwable::getCause))
				.allSatisfy(t -> assertThat(String.valueOf(t.getMessage())).doesNotContain("s3cret")));
	}

}

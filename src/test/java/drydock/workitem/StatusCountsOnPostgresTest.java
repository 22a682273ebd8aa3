package drydock.workitem;

import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

import drydock.testing.TestPostgres;
import drydock.testing.ThrowAwayPostgres;

/** The status count tests on PostgreSQL, where PL/pgSQL statement triggers keep the counts. */
@ContextConfiguration(initializers = ThrowAwayPostgres.class)
@DirtiesContext
class StatusCountsOnPostgresTest extends StatusCountsTests {

	@BeforeAll
	static void needsPostgres() {
		TestPostgres.assumeAvailable();
	}

}

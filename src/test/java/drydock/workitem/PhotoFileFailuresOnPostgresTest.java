package drydock.workitem;

import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

import drydock.testing.TestPostgres;
import drydock.testing.ThrowAwayPostgres;

/** The photo file failure tests on PostgreSQL, in a database of their own. */
@ContextConfiguration(initializers = ThrowAwayPostgres.class)
@DirtiesContext
class PhotoFileFailuresOnPostgresTest extends PhotoFileFailureTests {

	@BeforeAll
	static void needsPostgres() {
		TestPostgres.assumeAvailable();
	}

}

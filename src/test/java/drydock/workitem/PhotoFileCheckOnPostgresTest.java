package drydock.workitem;

import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

import drydock.testing.TestPostgres;
import drydock.testing.ThrowAwayPostgres;

/** The photo file check on PostgreSQL, which streams the rows through a cursor, in a database of its own. */
@ContextConfiguration(initializers = ThrowAwayPostgres.class)
@DirtiesContext
class PhotoFileCheckOnPostgresTest extends PhotoFileCheckTests {

	@BeforeAll
	static void needsPostgres() {
		TestPostgres.assumeAvailable();
	}

}

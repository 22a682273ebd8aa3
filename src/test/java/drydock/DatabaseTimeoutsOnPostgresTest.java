package drydock;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

import drydock.testing.TestPostgres;
import drydock.testing.ThrowAwayPostgres;

/**
 * Requests give up on a database that stops answering (DB_SOCKET_TIMEOUT, 30 s), while
 * migrations, which may build indexes on large tables for minutes, do not.
 */
@SpringBootTest
@ContextConfiguration(initializers = ThrowAwayPostgres.class)
@DirtiesContext
class DatabaseTimeoutsOnPostgresTest {

	@Autowired
	DataSource pool;

	@Autowired
	Flyway flyway;

	@BeforeAll
	static void needsPostgres() {
		TestPostgres.assumeAvailable();
	}

	@Test
	void requestsWait30SecondsForAnAnswerAndMigrationsAsLongAsTheyTake() throws SQLException {
		try (Connection request = pool.getConnection();
				Connection migration = flyway.getConfiguration().getDataSource().getConnection()) {
			assertThat(request.getNetworkTimeout()).isEqualTo(30_000);
			assertThat(migration.getNetworkTimeout()).isZero();
		}
	}

}

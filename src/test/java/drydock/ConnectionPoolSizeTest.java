package drydock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.support.ResourcePropertySource;

import drydock.testing.DrydockWebTest;

/** The connection pool is sized for the machine unless DB_POOL_MAX_SIZE says otherwise. */
class ConnectionPoolSizeTest extends DrydockWebTest {

	private static final String MAXIMUM_POOL_SIZE = "spring.datasource.hikari.maximum-pool-size";

	@Autowired
	private DataSource dataSource;

	@Test
	void twoConnectionsPerProcessorPlusOneAndNeverFewerThanTen() {
		assertThat(ConnectionPoolEnvironmentPostProcessor.forProcessors(1)).isEqualTo(10);
		assertThat(ConnectionPoolEnvironmentPostProcessor.forProcessors(4)).isEqualTo(10);
		assertThat(ConnectionPoolEnvironmentPostProcessor.forProcessors(5)).isEqualTo(11);
		assertThat(ConnectionPoolEnvironmentPostProcessor.forProcessors(16)).isEqualTo(33);
	}

	@Test
	void theRunningPoolHasTheSizeForThisMachineOrTheOneSet() throws SQLException {
		String set = System.getenv("DB_POOL_MAX_SIZE");
		int expected = set != null && !set.isBlank() ? Integer.parseInt(set.strip())
				: ConnectionPoolEnvironmentPostProcessor.forProcessors(Runtime.getRuntime().availableProcessors());

		assertThat(dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize()).isEqualTo(expected);
	}

	@Test
	void dbPoolMaxSizeAndBootsOwnSettingWin() throws IOException {
		assertThat(poolSize(Map.of("DB_POOL_MAX_SIZE", "3"))).isEqualTo(3);
		assertThat(poolSize(Map.of("SPRING_DATASOURCE_HIKARI_MAXIMUM_POOL_SIZE", "4"))).isEqualTo(4);
		assertThat(poolSize(Map.of())).isEqualTo(
				ConnectionPoolEnvironmentPostProcessor.forProcessors(Runtime.getRuntime().availableProcessors()));
	}

	/** The pool size application.properties gives with these environment variables set. */
	private static Integer poolSize(Map<String, Object> variables) throws IOException {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource("variables", variables));
		environment.getPropertySources().addLast(new ResourcePropertySource("classpath:application.properties"));
		new ConnectionPoolEnvironmentPostProcessor().postProcessEnvironment(environment, null);
		return environment.getProperty(MAXIMUM_POOL_SIZE, Integer.class);
	}

}

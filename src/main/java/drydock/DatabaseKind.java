package drydock;

import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Which database Drydock runs on, asked once at start-up: PostgreSQL, or the embedded H2.
 * The few statements that differ between the two choose their text from this.
 */
@Component
public class DatabaseKind {

	private final boolean postgres;

	DatabaseKind(DataSource dataSource) throws MetaDataAccessException {
		String product = JdbcUtils.extractDatabaseMetaData(dataSource, metaData -> metaData.getDatabaseProductName());
		this.postgres = product.toLowerCase(Locale.ROOT).contains("postgres");
	}

	public boolean isPostgres() {
		return postgres;
	}

}

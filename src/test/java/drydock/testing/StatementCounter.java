package drydock.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the application prepares on the calling thread, whichever way
 * it sends them (Hibernate or JdbcClient), by wrapping the application's DataSource.
 * Import it into a test's configuration and call {@link #count}.
 */
public class StatementCounter implements BeanPostProcessor {

	private static final Set<String> STATEMENT_METHODS = Set.of("prepareStatement", "createStatement", "prepareCall");

	private final ThreadLocal<AtomicInteger> current = new ThreadLocal<>();

	/** How many statements the action prepared. */
	public int count(Runnable action) {
		AtomicInteger statements = new AtomicInteger();
		current.set(statements);
		try {
			action.run();
		}
		finally {
			current.remove();
		}
		return statements.get();
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		return bean instanceof DataSource dataSource && !(bean instanceof CountingDataSource)
				? new CountingDataSource(dataSource) : bean;
	}

	private Connection counting(Connection connection) {
		return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] { Connection.class },
				(proxy, method, args) -> {
					AtomicInteger statements = current.get();
					if (statements != null && STATEMENT_METHODS.contains(method.getName())) {
						statements.incrementAndGet();
					}
					try {
						return method.invoke(connection, args);
					}
					catch (InvocationTargetException ex) {
						throw ex.getCause();
					}
				});
	}

	/** AutoCloseable, so the context still closes the pool it wraps. */
	private final class CountingDataSource extends DelegatingDataSource implements AutoCloseable {

		CountingDataSource(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return counting(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return counting(super.getConnection(username, password));
		}

		@Override
		public void close() throws Exception {
			if (getTargetDataSource() instanceof AutoCloseable closeable) {
				closeable.close();
			}
		}

	}

}

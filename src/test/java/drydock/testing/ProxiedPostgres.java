package drydock.testing;

import java.net.URI;

import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A {@link ThrowAwayPostgres} the application reaches through a {@link FaultyTcpProxy},
 * which tests inject (it is a bean) to take the database away while the application runs.
 */
public class ProxiedPostgres extends ThrowAwayPostgres {

	@Override
	protected String url(TestPostgres database, ConfigurableApplicationContext context) {
		URI server = TestPostgres.server();
		FaultyTcpProxy proxy = new FaultyTcpProxy(server.getHost(), server.getPort() > 0 ? server.getPort() : 5432);
		context.getBeanFactory().registerSingleton("postgresProxy", proxy);
		((DefaultSingletonBeanRegistry) context.getBeanFactory()).registerDisposableBean("postgresProxyClose", proxy::close);
		return database.jdbcUrlThrough(proxy.port());
	}

}

package drydock.observe;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/** Puts every statement of the application's data source through the slow-SQL listener. */
@Component
class DataSourceTiming implements BeanPostProcessor {

	private final ObjectProvider<SlowQueries> slowQueries;

	DataSourceTiming(ObjectProvider<SlowQueries> slowQueries) {
		this.slowQueries = slowQueries;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
			return ProxyDataSourceBuilder.create(dataSource).name(beanName).listener(slowQueries.getObject()).build();
		}
		return bean;
	}

}

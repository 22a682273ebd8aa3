package drydock;

import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Configuration;

/**
 * Turns on Boot's cache manager (Caffeine, or Redis when REDIS_URL is set; see
 * {@code application.properties}), which {@link drydock.workitem.DashboardCache} uses.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class CachingConfiguration {

}

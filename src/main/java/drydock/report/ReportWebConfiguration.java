package drydock.report;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class ReportWebConfiguration implements WebMvcConfigurer {

	private final BackupOutcomes outcomes;

	ReportWebConfiguration(BackupOutcomes outcomes) {
		this.outcomes = outcomes;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new ItemPageBackupInterceptor(outcomes)).addPathPatterns(ItemPageBackupInterceptor.PATH);
	}

}

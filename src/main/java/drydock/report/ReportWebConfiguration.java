package drydock.report;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.web.servlet.config.annotation.AsyncSupportConfigurer;
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

	/**
	 * Streamed downloads (ZIP batches, spreadsheets) each on a virtual thread of their own: they wait
	 * on the client and the document workers for as long as the download lasts, and Spring's shared
	 * pool (8 platform threads, now that requests run on platform threads) would hold the ninth
	 * download back, sending nothing, until another ended. They never call libvips themselves.
	 */
	@Override
	public void configureAsyncSupport(AsyncSupportConfigurer configurer) {
		SimpleAsyncTaskExecutor downloads = new SimpleAsyncTaskExecutor("download-");
		downloads.setVirtualThreads(true);
		configurer.setTaskExecutor(downloads);
	}

}

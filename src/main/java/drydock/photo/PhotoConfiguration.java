package drydock.photo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PhotoConfiguration {

	private static final Logger log = LoggerFactory.getLogger(PhotoConfiguration.class);

	@Bean
	PhotoProcessor photoProcessor(PhotoProperties properties) {
		PhotoProcessor processor = new ImageIoPhotoProcessor(properties);
		log.info("Photo processor: {}", processor.description());
		return processor;
	}

}

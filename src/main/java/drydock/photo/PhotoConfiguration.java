package drydock.photo;

import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PhotoConfiguration {

	private static final Logger log = LoggerFactory.getLogger(PhotoConfiguration.class);

	@Bean
	PhotoProcessor photoProcessor(PhotoProperties properties) {
		PhotoProcessor processor = choose(properties);
		log.info("Photo processor: {} (drydock.photos.processor={})", processor.description(),
				properties.processor().name().toLowerCase(Locale.ROOT));
		return processor;
	}

	/** The platform threads photos are processed on: native calls must not pin request threads. */
	@Bean(destroyMethod = "shutdownNow")
	ExecutorService photoWorkers(PhotoProperties properties) {
		return Executors.newFixedThreadPool(properties.workers(),
				Thread.ofPlatform().name("photo-", 1).daemon(true).factory());
	}

	static PhotoProcessor choose(PhotoProperties properties) {
		return switch (properties.processor()) {
			case IMAGEIO -> new ImageIoPhotoProcessor(properties);
			case LIBVIPS -> new VipsPhotoProcessor(properties);
			case AUTO -> {
				try {
					yield new VipsPhotoProcessor(properties);
				}
				catch (IllegalArgumentException ex) {
					log.warn("libvips is not available ({}): using ImageIO, which cannot read HEIC photos."
							+ " Install libvips (Debian: libvips42) for HEIC and faster processing.", ex.getMessage());
					yield new ImageIoPhotoProcessor(properties);
				}
			}
		};
	}

}

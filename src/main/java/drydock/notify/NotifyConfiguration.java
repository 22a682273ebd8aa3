package drydock.notify;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class NotifyConfiguration {

	private static final Logger log = LoggerFactory.getLogger(NotifyConfiguration.class);

	@Bean
	Notifier notifier(NotifyProperties properties) {
		if (properties.twilioConfigured()) {
			log.info("Assignment text messages: Twilio");
			return new TwilioNotifier(properties);
		}
		if (properties.enabled()) {
			log.warn("ENABLE_NOTIFICATIONS is on but TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN or TWILIO_FROM_NUMBER is "
					+ "missing: text messages will only be logged");
		}
		return new LoggingNotifier();
	}

}

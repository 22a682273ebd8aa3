package drydock.notify;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Used when text messages are off or Twilio is not configured: the message goes to the log. */
class LoggingNotifier implements Notifier {

	private static final Logger log = LoggerFactory.getLogger(LoggingNotifier.class);

	@Override
	public void send(String phoneNumber, String message) {
		log.info("Text message not sent (notifications off or Twilio not configured) to {}: {}", phoneNumber,
				message.replace('\n', ' '));
	}

	@Override
	public boolean delivers() {
		return false;
	}

}

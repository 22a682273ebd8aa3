package drydock.notify;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Text messages to crew on assignment, as the Flask app sent them.
 *
 * @param enabled ENABLE_NOTIFICATIONS
 * @param twilioAccountSid TWILIO_ACCOUNT_SID
 * @param twilioAuthToken TWILIO_AUTH_TOKEN
 * @param twilioFromNumber TWILIO_FROM_NUMBER, E.164
 * @param twilioApiUrl where the Twilio REST API answers (tests point it at a local stub)
 * @param crewLoginUrl CREW_LOGIN_URL, the link put in each message
 */
@ConfigurationProperties("drydock.notify")
public record NotifyProperties(boolean enabled, String twilioAccountSid, String twilioAuthToken,
		String twilioFromNumber, URI twilioApiUrl, String crewLoginUrl) {

	boolean twilioConfigured() {
		return enabled && isSet(twilioAccountSid) && isSet(twilioAuthToken) && isSet(twilioFromNumber);
	}

	private static boolean isSet(String value) {
		return value != null && !value.isBlank();
	}

}

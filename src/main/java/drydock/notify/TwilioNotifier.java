package drydock.notify;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Sends through Twilio's Messages REST API (form-encoded POST, basic auth), no SDK needed. */
class TwilioNotifier implements Notifier {

	private static final Duration TIMEOUT = Duration.ofSeconds(15);

	/** Twilio's error bodies are JSON with a human-readable "message". */
	private static final Pattern ERROR_MESSAGE = Pattern.compile("\"message\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

	private final NotifyProperties properties;

	private final HttpClient http;

	TwilioNotifier(NotifyProperties properties) {
		this.properties = properties;
		this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
	}

	@Override
	public void send(String phoneNumber, String message) {
		URI endpoint = URI.create(properties.twilioApiUrl().toString().replaceAll("/+$", "") + "/2010-04-01/Accounts/"
				+ URLEncoder.encode(properties.twilioAccountSid(), StandardCharsets.UTF_8) + "/Messages.json");
		String credentials = properties.twilioAccountSid() + ":" + properties.twilioAuthToken();
		HttpRequest request = HttpRequest.newBuilder(endpoint)
			.timeout(TIMEOUT)
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form(Map.of("To", phoneNumber, "From",
					properties.twilioFromNumber(), "Body", message))))
			.build();
		HttpResponse<String> response;
		try {
			response = http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new NotificationFailedException("Twilio could not be reached: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new NotificationFailedException("interrupted while sending", ex);
		}
		if (response.statusCode() / 100 != 2) {
			Matcher reason = ERROR_MESSAGE.matcher(response.body());
			throw new NotificationFailedException("Twilio answered " + response.statusCode()
					+ (reason.find() ? ": " + reason.group(1) : ""));
		}
	}

	@Override
	public boolean delivers() {
		return true;
	}

	private static String form(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

}

package drydock.notify;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Twilio's Messages API as a local stub on 127.0.0.1: what the application sends goes
 * nowhere else. Settings are given under the environment variables' names, as an operator
 * would set them.
 */
final class TwilioStub {

	static final String ACCOUNT_SID = "AC0123456789abcdef";

	static final String AUTH_TOKEN = "stub-auth-token";

	static final String FROM = "+15550001111";

	static final String AL_PHONE = "+15550002222";

	static final String CREW_LOGIN_URL = "https://drydock.test/crew-login";

	static final String MESSAGES = "/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages.json";

	private static final String HELD = "held-until-released";

	private final List<Object> seenWhenRequested = new CopyOnWriteArrayList<>();

	private volatile Supplier<Object> snapshot = () -> null;

	private volatile CountDownLatch release = new CountDownLatch(0);

	private final WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1")
		.dynamicPort()
		.extensions(new Snapshots(), new Holds()));

	TwilioStub() {
		server.start();
	}

	void register(DynamicPropertyRegistry registry, boolean notificationsOn) {
		registry.add("ENABLE_NOTIFICATIONS", () -> String.valueOf(notificationsOn));
		registry.add("TWILIO_ACCOUNT_SID", () -> ACCOUNT_SID);
		registry.add("TWILIO_AUTH_TOKEN", () -> AUTH_TOKEN);
		registry.add("TWILIO_FROM_NUMBER", () -> FROM);
		registry.add("TWILIO_API_URL", server::baseUrl);
		registry.add("CREW_LOGIN_URL", () -> CREW_LOGIN_URL);
		registry.add("AL_PHONE", () -> AL_PHONE);
	}

	/** Forgets earlier requests and answers the next ones with {@code answer}. */
	void answer(ResponseDefinitionBuilder answer) {
		server.resetAll();
		seenWhenRequested.clear();
		snapshot = () -> null;
		server.stubFor(post(urlEqualTo(MESSAGES)).willReturn(answer));
	}

	/** Answers as Twilio does when it accepts a message, but only once the test calls {@link #releaseHeld()}. */
	void holdAnswersUntilReleased() {
		release = new CountDownLatch(1);
		answer(accepted().withTransformers(HELD));
	}

	void releaseHeld() {
		release.countDown();
	}

	static ResponseDefinitionBuilder accepted() {
		return aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"sid\": \"SM0123\", \"status\": \"queued\"}");
	}

	/** Whenever a message arrives, {@code what} is read and kept: the application's state as the stub saw it. */
	void onEachRequestNote(Supplier<Object> what) {
		snapshot = what;
	}

	List<Object> seenWhenRequested() {
		return List.copyOf(seenWhenRequested);
	}

	List<LoggedRequest> requests() {
		return server.getAllServeEvents().stream().map(ServeEvent::getRequest).toList();
	}

	/** The form fields of a request as Twilio would read them. */
	static Map<String, String> form(LoggedRequest request) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (String pair : request.getBodyAsString().split("&")) {
			int eq = pair.indexOf('=');
			fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
					URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
		}
		return fields;
	}

	void stop() {
		release.countDown();
		server.stop();
	}

	private final class Snapshots implements ServeEventListener {

		@Override
		public void beforeMatch(ServeEvent serveEvent, Parameters parameters) {
			seenWhenRequested.add(String.valueOf(snapshot.get()));
		}

		@Override
		public String getName() {
			return "snapshots";
		}

	}

	private final class Holds implements ResponseDefinitionTransformerV2 {

		@Override
		public ResponseDefinition transform(ServeEvent serveEvent) {
			try {
				release.await(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return serveEvent.getResponseDefinition();
		}

		@Override
		public boolean applyGlobally() {
			return false;
		}

		@Override
		public String getName() {
			return HELD;
		}

	}

}

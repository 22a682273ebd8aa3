package drydock.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import drydock.testing.DrydockWebTest;
import drydock.testing.HtmlForm;
import drydock.testing.SignedIn;

/** With ENABLE_NOTIFICATIONS off, Twilio is never called even when it is fully configured. */
@ExtendWith(OutputCaptureExtension.class)
class NotificationsOffTest extends DrydockWebTest {

	private static final RequestPostProcessor CHIEF = SignedIn.admin(ADMIN);

	private static final TwilioStub twilio = new TwilioStub();

	@DynamicPropertySource
	static void twilioSettings(DynamicPropertyRegistry registry) {
		twilio.register(registry, false);
	}

	@AfterAll
	static void stopTwilio() {
		twilio.stop();
	}

	@Test
	void anAssignmentIsOnlyLoggedAndTwilioHearsNothing(CapturedOutput log) throws Exception {
		twilio.answer(TwilioStub.accepted());
		int item = submitItem("DP");
		String number = (String) row(item).get("item_number");

		mvc.perform(HtmlForm.of(open("/admin/view/" + item, CHIEF), "/admin/assign/" + item)
			.set("status", "Awaiting Photos")
			.set("assigned_to", "AL")
			.post(CHIEF)).andExpect(redirectedUrl("/admin/view/" + item));

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(log)
			.contains("Text message not sent (notifications off or Twilio not configured) to " + TwilioStub.AL_PHONE
					+ ": Work Item Assigned: " + number + "  Status: Awaiting Photos"));
		assertThat(twilio.requests()).isEmpty();
		assertThat(row(item)).containsEntry("status", "Awaiting Photos").containsEntry("assigned_to", "AL");
		assertThat(open("/admin/view/" + item, CHIEF).select("#notification-status")).isEmpty();
	}

}

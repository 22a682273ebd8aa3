package drydock.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import drydock.testing.DrydockWebTest;
import drydock.testing.HtmlForm;
import drydock.testing.SignedIn;

/**
 * With text messages on, an assignment is texted through Twilio's REST API (a local stub
 * here) once it has committed, without the admin waiting for Twilio; what became of the
 * text is shown on the item's page.
 */
@ExtendWith(OutputCaptureExtension.class)
class AssignmentTextsIntegrationTest extends DrydockWebTest {

	private static final RequestPostProcessor CHIEF = SignedIn.admin(ADMIN);

	/** Long enough for anything that waited on Twilio to be seen waiting; bounds every wait below. */
	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private static final TwilioStub twilio = new TwilioStub();

	@DynamicPropertySource
	static void twilioSettings(DynamicPropertyRegistry registry) {
		twilio.register(registry, true);
	}

	@AfterAll
	static void stopTwilio() {
		twilio.stop();
	}

	@Test
	void anAssignmentIsTextedOnceAfterItCommitsWithoutTheAdminWaitingForTwilio() throws Exception {
		twilio.answer(TwilioStub.accepted().withFixedDelay(2_000));
		int item = submitItem("DP");
		String number = (String) row(item).get("item_number");
		twilio.onEachRequestNote(() -> row(item).get("status") + " for " + row(item).get("assigned_to"));

		mvc.perform(assign(item, "AL", "Photo of the seal, please.")).andExpect(redirectedUrl("/admin/view/" + item));
		Object outcomeWhenTheAdminGotTheirPage = row(item).get("notification_status");

		assertThat(outcomeWhenTheAdminGotTheirPage).as("the admin's page came back before Twilio answered").isNull();
		await().atMost(PATIENCE).untilAsserted(() -> assertThat(notificationStatus(item))
			.isEqualTo("Text message: Sent to AL (2025-03-14 09:26)"));
		assertThat(twilio.seenWhenRequested()).as("the item as stored when the text went out")
			.containsExactly("Needs Revision for AL");
		List<LoggedRequest> requests = twilio.requests();
		assertThat(requests).hasSize(1);
		LoggedRequest text = requests.getFirst();
		assertThat(text.getUrl()).isEqualTo(TwilioStub.MESSAGES);
		assertThat(text.getHeader("Authorization")).isEqualTo("Basic " + Base64.getEncoder()
			.encodeToString((TwilioStub.ACCOUNT_SID + ":" + TwilioStub.AUTH_TOKEN).getBytes(StandardCharsets.UTF_8)));
		assertThat(TwilioStub.form(text)).isEqualTo(Map.of("To", TwilioStub.AL_PHONE, "From", TwilioStub.FROM, "Body",
				"Work Item Assigned: " + number + "\n\nStatus: Needs Revision\n\nNotes: Photo of the seal, please."
						+ "\n\nView at: " + TwilioStub.CREW_LOGIN_URL));
	}

	static Stream<Arguments> twilioFailures() {
		return Stream.of(Arguments.of(WireMock.unauthorized()
			.withHeader("Content-Type", "application/json")
			.withBody("{\"code\": 20003, \"message\": \"Authenticate\", \"status\": 401}"),
				"Failed to text AL: Twilio answered 401: Authenticate"),
				Arguments.of(WireMock.serverError().withBody("upstream trouble"), "Failed to text AL: Twilio answered 500"));
	}

	@ParameterizedTest
	@MethodSource("twilioFailures")
	void aTextTwilioRefusesIsLoggedAndShownAndTheAssignmentStands(ResponseDefinitionBuilder answer, String outcome,
			CapturedOutput log) throws Exception {
		twilio.answer(answer);
		int item = submitItem("DP");
		String number = (String) row(item).get("item_number");

		mvc.perform(assign(item, "AL", "Retake.")).andExpect(redirectedUrl("/admin/view/" + item));

		assertThat(row(item)).containsEntry("status", "Needs Revision").containsEntry("assigned_to", "AL");
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(notificationStatus(item)).isEqualTo("Text message: " + outcome + " (2025-03-14 09:26)"));
		assertThat(open("/admin/view/" + item, CHIEF).selectFirst("#notification-status").hasClass("field-error")).isTrue();
		assertThat(log).contains("Text to AL about item " + number + " failed: " + outcome.substring("Failed to text AL: ".length()));
		assertThat(twilio.requests()).hasSize(1);
	}

	@Test
	void aCrewMemberWithoutAPhoneNumberIsShownAsNotTexted() throws Exception {
		twilio.answer(TwilioStub.accepted());
		int item = submitItem("DP");

		mvc.perform(assign(item, "Mark", null)).andExpect(redirectedUrl("/admin/view/" + item));

		await().atMost(PATIENCE).untilAsserted(() -> assertThat(notificationStatus(item))
			.isEqualTo("Text message: Not sent: no phone number for Mark (set MARK_PHONE) (2025-03-14 09:26)"));
		assertThat(twilio.requests()).isEmpty();
	}

	/**
	 * Twilio slow to answer and several assignments in a row: every admin gets their page at
	 * once, whatever number of texts are still waiting on Twilio.
	 */
	@Test
	void assignmentsInARowAreNotHeldUpByTextsStillWaitingOnTwilio() throws Exception {
		twilio.holdAnswersUntilReleased();
		List<Integer> items = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			items.add(submitItem("DP"));
		}

		for (int item : items) {
			mvc.perform(assign(item, "AL", null)).andExpect(redirectedUrl("/admin/view/" + item));
		}

		assertThat(items).as("no text was answered before every admin had their page")
			.allMatch(item -> row(item).get("notification_status") == null);
		twilio.releaseHeld();
		for (int item : items) {
			await().atMost(PATIENCE).untilAsserted(() -> assertThat(notificationStatus(item))
				.isEqualTo("Text message: Sent to AL (2025-03-14 09:26)"));
		}
		assertThat(twilio.requests()).hasSize(items.size());
	}

	private org.springframework.test.web.servlet.RequestBuilder assign(int item, String crewMember, String notes)
			throws Exception {
		HtmlForm form = HtmlForm.of(open("/admin/view/" + item, CHIEF), "/admin/assign/" + item)
			.set("status", "Needs Revision")
			.set("assigned_to", crewMember);
		if (notes != null) {
			form.set("revision_notes", notes);
		}
		return form.post(CHIEF);
	}

	private String notificationStatus(int item) throws Exception {
		Element status = open("/admin/view/" + item, CHIEF).selectFirst("#notification-status");
		return status == null ? null : status.text();
	}

}

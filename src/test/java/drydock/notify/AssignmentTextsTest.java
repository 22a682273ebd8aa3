package drydock.notify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import drydock.workitem.WorkItemAssigned;

class AssignmentTextsTest {

	private static AssignmentTexts texts(String crewLoginUrl) {
		return new AssignmentTexts(new LoggingNotifier(),
				new NotifyProperties(true, "AC1", "token", "+15550000000", null, crewLoginUrl), null, null);
	}

	@ParameterizedTest
	@CsvSource({ "AL, AL_PHONE", "Kaitlyn, KAITLYN_PHONE", "D2, D2_PHONE", "Mary Ann, MARY_ANN_PHONE",
			"o'Neil, O_NEIL_PHONE" })
	void eachCrewMembersNumberIsTheFlaskAppsVariable(String crewMember, String variable) {
		assertThat(AssignmentTexts.phoneVariable(crewMember)).isEqualTo(variable);
	}

	@Test
	void theMessageNamesTheItemTheStatusTheNotesAndWhereToSignIn() {
		String message = texts("https://drydock.example/crew-login")
			.message(new WorkItemAssigned(7, "0503", "Needs Revision", "AL", "Photo of the seal, please."));

		assertThat(message).isEqualTo("""
				Work Item Assigned: 0503

				Status: Needs Revision

				Notes: Photo of the seal, please.

				View at: https://drydock.example/crew-login""");
	}

	@Test
	void withoutNotesOrASignInAddressTheMessageSaysOnlyWhatItKnows() {
		String message = texts(" ").message(new WorkItemAssigned(7, "DRAFT_0020", "Awaiting Photos", "AL", null));

		assertThat(message).isEqualTo("Work Item Assigned: DRAFT_0020\n\nStatus: Awaiting Photos");
	}

}

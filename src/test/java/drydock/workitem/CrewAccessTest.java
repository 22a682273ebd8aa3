package drydock.workitem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CrewAccessTest {

	/** An item AL submitted, in the given status, assigned to {@code assignee} (blank: nobody). */
	private static WorkItem item(String status, String assignee) {
		WorkItem item = new WorkItem("0101", "AL", LocalDateTime.of(2025, 3, 1, 8, 0));
		item.changeStatus(status);
		item.assign(assignee, null);
		return item;
	}

	@ParameterizedTest(name = "{2} on a {0} item assigned to {1}: view {3}, edit {4}")
	@CsvSource(nullValues = "nobody", textBlock = """
			Submitted,        nobody, AL,   true,  true
			Submitted,        nobody, DP,   false, false
			Submitted,        DP,     DP,   true,  false
			Needs Revision,   DP,     DP,   true,  true
			Awaiting Photos,  DP,     DP,   true,  true
			Needs Revision,   DP,     AL,   true,  false
			Needs Revision,   nobody, AL,   true,  false
			In Review by DP,  nobody, AL,   true,  false
			In Review by DP,  AL,     AL,   true,  false
			Awaiting Photos,  AL,     AL,   true,  true
			Needs Revision,   DP,     Mark, false, false
			Completed Review, AL,     AL,   true,  false
			Completed Review, DP,     DP,   true,  false
			""")
	void whoMayViewAndWhoMayChange(String status, String assignee, String crewMember, boolean view, boolean edit) {
		WorkItem item = item(status, assignee);

		assertThat(CrewAccess.canView(item, crewMember)).as("view").isEqualTo(view);
		assertThat(CrewAccess.canEdit(item, crewMember)).as("edit").isEqualTo(edit);
		assertThat(CrewAccess.whyNotEditable(item, crewMember) == null).as("a reason exactly when refused").isEqualTo(edit);
	}

	@ParameterizedTest
	@CsvSource({ "AL", "DP" })
	void aCompletedItemIsRefusedWithThatReasonWhoeverAsks(String crewMember) {
		assertThat(CrewAccess.whyNotEditable(item(WorkflowStatuses.COMPLETED_REVIEW, "DP"), crewMember))
			.isEqualTo("Item 0101 has completed review and can no longer be changed.");
	}

	@ParameterizedTest
	@CsvSource({ "Mark, Submitted", "AL, In Review by DP" })
	void anItemNotTheirsToChangeIsRefusedWithWhatTheyMayEdit(String crewMember, String status) {
		assertThat(CrewAccess.whyNotEditable(item(status, null), crewMember)).startsWith("Item 0101 is not yours to change")
			.contains("items assigned to you for revision", "your own items while they are still Submitted");
	}

}

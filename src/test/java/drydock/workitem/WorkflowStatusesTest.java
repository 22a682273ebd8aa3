package drydock.workitem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class WorkflowStatusesTest {

	private final List<String> admins = new ArrayList<>(List.of("chief", "Rhonda"));

	private final Roster roster = new Roster() {

		@Override
		public List<String> crewMembers() {
			return List.of("AL", "DP");
		}

		@Override
		public List<String> adminNames() {
			return List.copyOf(admins);
		}

	};

	private WorkflowStatuses statuses(String... configured) {
		return new WorkflowStatuses(new WorkflowProperties(List.of(), List.of(configured)), roster);
	}

	@Test
	void inReviewIsOfferedForEveryAdminAfterSubmittedAndTheConfiguredStatusesFollow() {
		WorkflowStatuses statuses = statuses("In Review by DP", "Needs Revision", "Awaiting Photos");

		assertThat(statuses.all()).containsExactly("Submitted", "In Review by chief", "In Review by Rhonda",
				"In Review by DP", "Needs Revision", "Awaiting Photos", "Completed Review");
	}

	@Test
	void theStatusesThatCarryMeaningAreAlwaysOfferedAndNoneTwice() {
		WorkflowStatuses statuses = statuses("Completed Review", "Parked", "In Review by chief", "Parked");

		assertThat(statuses.all()).containsExactly("Submitted", "In Review by chief", "In Review by Rhonda",
				"Completed Review", "Parked");
	}

	@Test
	void anAdminAddedLaterIsOfferedToo() {
		WorkflowStatuses statuses = statuses("Needs Revision");
		admins.add("Zed");

		assertThat(statuses.isOffered("In Review by Zed")).isTrue();
		assertThat(statuses.all()).contains("In Review by Zed");
	}

	@Test
	void onlyOfferedStatusesAreAccepted() {
		WorkflowStatuses statuses = statuses("Needs Revision");

		assertThat(statuses.isOffered("Needs Revision")).isTrue();
		assertThat(statuses.isOffered("In Review by Rhonda")).isTrue();
		assertThat(statuses.isOffered("In Review by Nobody")).isFalse();
		assertThat(statuses.isOffered("needs revision")).isFalse();
		assertThat(statuses.isOffered("")).isFalse();
		assertThat(statuses.isOffered(null)).isFalse();
	}

	@Test
	void statusesFoundOnlyInOldDataAreListedAfterTheOfferedOnes() {
		WorkflowStatuses statuses = statuses("Needs Revision");

		assertThat(statuses.withOthers(List.of("Needs Revision", "Pending Parts")))
			.containsExactly("Submitted", "In Review by chief", "In Review by Rhonda", "Needs Revision",
					"Completed Review", "Pending Parts");
	}

	@Test
	void badgesShowWhereTheItemStands() {
		assertThat(WorkflowStatuses.badgeClass("Submitted")).isEqualTo("badge-submitted");
		assertThat(WorkflowStatuses.badgeClass("Needs Revision")).isEqualTo("badge-revision");
		assertThat(WorkflowStatuses.badgeClass("Awaiting Photos")).isEqualTo("badge-revision");
		assertThat(WorkflowStatuses.badgeClass("In Review by chief")).isEqualTo("badge-review");
		assertThat(WorkflowStatuses.badgeClass("Completed Review")).isEqualTo("badge-completed");
	}

}

package drydock.workitem;

import java.time.Clock;
import java.time.LocalDateTime;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** An admin's review of an item: assignments, statuses and internal notes. */
@Service
public class ReviewService {

	private final WorkItemRepository items;

	private final WorkItemService workItems;

	private final WorkflowStatuses statuses;

	private final Roster roster;

	private final StatusRecorder statusRecorder;

	private final DashboardCache dashboard;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	ReviewService(WorkItemRepository items, WorkItemService workItems, WorkflowStatuses statuses, Roster roster,
			StatusRecorder statusRecorder, DashboardCache dashboard, ApplicationEventPublisher events,
			TransactionTemplate transaction, Clock clock) {
		this.items = items;
		this.workItems = workItems;
		this.statuses = statuses;
		this.roster = roster;
		this.statusRecorder = statusRecorder;
		this.dashboard = dashboard;
		this.events = events;
		this.transaction = transaction;
		this.clock = clock;
	}

	/**
	 * Sets status, assignee and revision notes together, as the Flask app's "assign" did;
	 * the crew member is told by text message once this has committed.
	 */
	public void assign(int itemId, long version, String status, String assignee, String notes, String adminName) {
		checkStatus(status);
		String crewMember = assignee == null || assignee.isBlank() ? null : assignee.strip();
		if (crewMember != null && !roster.crewMembers().contains(crewMember)) {
			throw new SubmissionRefusedException("\"" + crewMember + "\" is not on the crew list.");
		}
		String revisionNotes = notes == null || notes.isBlank() ? null : notes.strip();
		workItems.saving(itemId, () -> transaction.execute(tx -> {
			WorkItem item = workItems.current(itemId, version);
			LocalDateTime now = LocalDateTime.now(clock);
			String oldStatus = item.getStatus();
			item.changeStatus(status);
			item.assign(crewMember, revisionNotes);
			item.markModified(adminName, now);
			items.saveAndFlush(item);
			if (!oldStatus.equals(status)) {
				statusRecorder.record(item, oldStatus, adminName, now, revisionNotes);
			}
			if (crewMember != null) {
				events.publishEvent(new WorkItemAssigned(itemId, item.getItemNumber(), status, crewMember, revisionNotes));
			}
			dashboard.evictAfterCommit();
			return item;
		}));
	}

	/** Sets the status alone; the same status again changes nothing. */
	public void changeStatus(int itemId, long version, String status, String adminName) {
		checkStatus(status);
		workItems.saving(itemId, () -> transaction.execute(tx -> {
			WorkItem item = workItems.current(itemId, version);
			String oldStatus = item.getStatus();
			if (!oldStatus.equals(status)) {
				LocalDateTime now = LocalDateTime.now(clock);
				item.changeStatus(status);
				item.markModified(adminName, now);
				items.saveAndFlush(item);
				statusRecorder.record(item, oldStatus, adminName, now, null);
				dashboard.evictAfterCommit();
			}
			return item;
		}));
	}

	/** Internal notes, never shown to the crew. */
	public void saveAdminNotes(int itemId, long version, String notes) {
		String text = notes == null ? "" : notes.strip();
		workItems.saving(itemId, () -> transaction.execute(tx -> {
			WorkItem item = workItems.current(itemId, version);
			item.writeAdminNotes(text.isEmpty() ? null : text, LocalDateTime.now(clock));
			return items.saveAndFlush(item);
		}));
	}

	/** What became of the text message about the last assignment, for the item page. */
	public void recordNotification(int itemId, String outcome) {
		transaction.executeWithoutResult(tx -> items.recordNotification(itemId,
				outcome.length() > 500 ? outcome.substring(0, 500) : outcome, LocalDateTime.now(clock)));
	}

	private void checkStatus(String status) {
		if (status == null || status.isBlank()) {
			throw new SubmissionRefusedException("Choose a status.");
		}
		if (!statuses.isOffered(status)) {
			throw new SubmissionRefusedException("\"" + status + "\" is not one of the statuses.");
		}
	}

}

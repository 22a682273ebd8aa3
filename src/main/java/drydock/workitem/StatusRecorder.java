package drydock.workitem;

import java.time.LocalDateTime;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Writes the history row of a status change and tells after-commit listeners about it. */
@Component
class StatusRecorder {

	private final StatusChangeRepository history;

	private final ApplicationEventPublisher events;

	StatusRecorder(StatusChangeRepository history, ApplicationEventPublisher events) {
		this.history = history;
		this.events = events;
	}

	void record(WorkItem item, String oldStatus, String by, LocalDateTime at, String notes) {
		history.save(new StatusChange(item.getId(), oldStatus, item.getStatus(), by, at, notes));
		events.publishEvent(
				new WorkItemStatusChanged(item.getId(), item.getItemNumber(), oldStatus, item.getStatus(), by, notes));
	}

}

package drydock.notify;

import java.util.Locale;
import java.util.concurrent.Semaphore;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import drydock.workitem.ReviewService;
import drydock.workitem.WorkItemAssigned;

/**
 * Texts a crew member when an item is assigned to them: after the assignment commits, off
 * the request thread. The outcome is kept on the item; a failure never undoes the assignment.
 */
@Component
class AssignmentTexts {

	private static final Logger log = LoggerFactory.getLogger(AssignmentTexts.class);

	private final Notifier notifier;

	private final NotifyProperties properties;

	private final Environment environment;

	private final ReviewService review;

	/** Sending waits on the network: each text gets a virtual thread of its own, off the request thread. */
	private final SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("notify-");

	/**
	 * At most this many texts talk to Twilio at once. The others wait here, on their own
	 * threads: an executor's concurrency limit would make the committing request wait instead.
	 */
	private final Semaphore sending = new Semaphore(4);

	AssignmentTexts(Notifier notifier, NotifyProperties properties, Environment environment, ReviewService review) {
		this.notifier = notifier;
		this.properties = properties;
		this.environment = environment;
		this.review = review;
		this.executor.setVirtualThreads(true);
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void assigned(WorkItemAssigned assignment) {
		executor.execute(() -> sendInTurn(assignment));
	}

	private void sendInTurn(WorkItemAssigned assignment) {
		try {
			sending.acquire();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			log.warn("Item {} assignment not texted: interrupted while waiting to send", assignment.itemNumber());
			return;
		}
		try {
			send(assignment);
		}
		finally {
			sending.release();
		}
	}

	private void send(WorkItemAssigned assignment) {
		String variable = phoneVariable(assignment.crewMember());
		String phone = environment.getProperty(variable, "").strip();
		if (!notifier.delivers()) {
			notifier.send(phone.isEmpty() ? "(" + variable + " not set)" : phone, message(assignment));
			return;
		}
		if (phone.isEmpty()) {
			log.warn("No phone number for {} ({}): item {} assignment not texted", assignment.crewMember(), variable,
					assignment.itemNumber());
			review.recordNotification(assignment.itemId(),
					"Not sent: no phone number for " + assignment.crewMember() + " (set " + variable + ")");
			return;
		}
		try {
			notifier.send(phone, message(assignment));
			review.recordNotification(assignment.itemId(), "Sent to " + assignment.crewMember());
		}
		catch (NotificationFailedException ex) {
			log.error("Text to {} about item {} failed: {}", assignment.crewMember(), assignment.itemNumber(),
					ex.getMessage());
			review.recordNotification(assignment.itemId(),
					"Failed to text " + assignment.crewMember() + ": " + ex.getMessage());
		}
	}

	/** The Flask app's message: item, status, notes, and where to sign in. */
	String message(WorkItemAssigned assignment) {
		StringBuilder text = new StringBuilder("Work Item Assigned: ").append(assignment.itemNumber())
			.append("\n\nStatus: ")
			.append(assignment.status());
		if (assignment.notes() != null) {
			text.append("\n\nNotes: ").append(assignment.notes());
		}
		if (properties.crewLoginUrl() != null && !properties.crewLoginUrl().isBlank()) {
			text.append("\n\nView at: ").append(properties.crewLoginUrl());
		}
		return text.toString();
	}

	/** The Flask app's per-member setting: "Kaitlyn" → KAITLYN_PHONE. */
	static String phoneVariable(String crewMember) {
		return crewMember.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_") + "_PHONE";
	}

}

package drydock.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import drydock.security.SignInAttempt;
import drydock.workitem.WorkItemStatusChanged;

/** Writes what other features announce into the audit log. */
@Component
class AuditListeners {

	private final AuditLog log;

	AuditListeners(AuditLog log) {
		this.log = log;
	}

	@EventListener
	void signIn(SignInAttempt attempt) {
		String action = switch (attempt.outcome()) {
			case SUCCEEDED -> AuditLog.SIGN_IN;
			case FAILED -> AuditLog.SIGN_IN_FAILED;
			case REFUSED_TOO_MANY_FAILURES -> AuditLog.SIGN_IN_REFUSED;
		};
		log.record(attempt.username(), action, attempt.admin() ? "admin sign-in" : "crew sign-in");
	}

	/** In the transaction that changes the status, so the entry exists exactly when the change does. */
	@EventListener
	void statusChanged(WorkItemStatusChanged change) {
		log.record(change.changedBy(), AuditLog.STATUS_CHANGED,
				"Item " + change.itemNumber() + ": " + change.oldStatus() + " → " + change.newStatus());
	}

}

package drydock.audit;

import java.time.LocalDateTime;

/**
 * One line of the audit log.
 *
 * @param occurredAt when, in UTC
 * @param actor who: a crew member's name, an admin's username, or the name typed at a failed sign-in
 * @param address the client address the request came from; null when there was no request
 * @param action what was done, e.g. "sign-in failed" or "item deleted"
 * @param detail which item, photo or export, in words
 */
public record AuditEntry(long id, LocalDateTime occurredAt, String actor, String address, String action,
		String detail) {
}

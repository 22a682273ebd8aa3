package drydock.audit;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The one writer of the audit log: who did what, when, and from which client address (taken
 * from the request being served, so callers name only the actor and the action). Entries are
 * written in the caller's transaction when there is one, so a change and its entry stand or
 * fall together.
 */
@Service
public class AuditLog {

	public static final String SIGN_IN = "sign-in";

	public static final String SIGN_IN_FAILED = "sign-in failed";

	public static final String SIGN_IN_REFUSED = "sign-in refused";

	public static final String STATUS_CHANGED = "status changed";

	public static final String ITEM_DELETED = "item deleted";

	public static final String PHOTO_DELETED = "photo deleted";

	public static final String EXPORTED = "exported";

	private static final int ACTOR_LENGTH = 100;

	private static final int DETAIL_LENGTH = 500;

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public void record(String actor, String action, String detail) {
		jdbc.sql("INSERT INTO audit_log (occurred_at, actor, address, action, detail) VALUES (?, ?, ?, ?, ?)")
			.params(LocalDateTime.now(clock), cut(actor == null ? "" : actor, ACTOR_LENGTH), currentAddress(), action,
					detail == null ? null : cut(detail, DETAIL_LENGTH))
			.update();
	}

	/** A page of entries, newest first; {@code page} counts from 1. */
	public List<AuditEntry> newestFirst(int page, int size) {
		return jdbc.sql("SELECT id, occurred_at, actor, address, action, detail FROM audit_log "
				+ "ORDER BY occurred_at DESC, id DESC LIMIT ? OFFSET ?")
			.params(size, (long) (page - 1) * size)
			.query((row, n) -> new AuditEntry(row.getLong("id"), row.getObject("occurred_at", LocalDateTime.class),
					row.getString("actor"), row.getString("address"), row.getString("action"), row.getString("detail")))
			.list();
	}

	public long count() {
		return jdbc.sql("SELECT COUNT(*) FROM audit_log").query(Long.class).single();
	}

	private static String currentAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return cut(request.getRemoteAddr(), 64);
		}
		return null;
	}

	private static String cut(String text, int length) {
		return text.length() <= length ? text : text.substring(0, length);
	}

}

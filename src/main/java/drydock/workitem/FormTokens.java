package drydock.workitem;

import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One token per rendered form, recorded in the same transaction as what the form did. A
 * form posted twice (a double tap, a retry on a weak signal) finds its token and gets the
 * first outcome instead of doing the work again; two copies racing collide on the key.
 */
@Component
public class FormTokens {

	private static final Pattern WELL_FORMED = Pattern.compile("[0-9a-f-]{36}");

	private final JdbcClient jdbc;

	FormTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public static String issue() {
		return UUID.randomUUID().toString();
	}

	Optional<Submission> outcome(String token) {
		if (!isUsable(token)) {
			return Optional.empty();
		}
		return jdbc.sql("SELECT work_item_id, item_number FROM form_submissions WHERE token = :token")
			.param("token", token)
			.query((rs, row) -> new Submission(rs.getInt(1), rs.getString(2), false, 0))
			.optional();
	}

	/** Records the token; a second copy of the same form fails here on the primary key. */
	void record(String token, Submission submission, LocalDateTime at) {
		if (!isUsable(token)) {
			return;
		}
		jdbc.sql("INSERT INTO form_submissions (token, work_item_id, item_number, created_at) "
				+ "VALUES (:token, :item, :number, :at)")
			.param("token", token)
			.param("item", submission.itemId())
			.param("number", submission.itemNumber())
			.param("at", at)
			.update();
	}

	public static boolean isUsable(String token) {
		return token != null && WELL_FORMED.matcher(token).matches();
	}

	/** Tokens of a deleted item would answer with an item that no longer exists. */
	void forget(int itemId) {
		jdbc.sql("DELETE FROM form_submissions WHERE work_item_id = :item").param("item", itemId).update();
	}

}

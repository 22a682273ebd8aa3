package drydock.web;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.hibernate.TransactionException;
import org.hibernate.exception.JDBCConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure to reach the database (stopped, restarting, network gone: the pool timed
 * out or a connection broke) from a bug. Such a request is answered 503 with
 * {@link #RETRY_AFTER_SECONDS}; the pool reconnects by itself once the database is back.
 */
public final class DatabaseOutage {

	/** When a client may try again; the pool retries its connections meanwhile. */
	public static final int RETRY_AFTER_SECONDS = 10;

	public static final String MESSAGE = "Drydock cannot reach its database just now. Please try again in a minute.";

	private static final Logger log = LoggerFactory.getLogger(DatabaseOutage.class);

	private DatabaseOutage() {
	}

	/**
	 * Starts the answer to a data failure that is an outage: logs it and sets Retry-After; the
	 * caller then answers 503 in its own format. Any other failure is a bug and is rethrown, for
	 * the usual 500.
	 */
	public static void startAnswer(RuntimeException failure, HttpServletRequest request, HttpServletResponse response) {
		if (!isCause(failure)) {
			throw failure;
		}
		log.warn("{} {} answered 503: the database is out of reach ({})", request.getMethod(), request.getRequestURI(),
				failure.toString());
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
	}

	public static boolean isCause(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
					|| cause instanceof JDBCConnectionException || cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLRecoverableException || connectionState(cause) || brokenTransaction(cause)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The connection failed to commit or roll back. A rollback fails only on a broken connection,
	 * and the failure then hides the one that started it (the pool had already closed the connection).
	 */
	private static boolean brokenTransaction(Throwable cause) {
		return cause instanceof TransactionException && cause.getCause() instanceof SQLException;
	}

	/**
	 * SQLSTATE class 08 is "connection exception" (PostgreSQL's driver reports a broken socket so);
	 * 57P01-57P03 are PostgreSQL shutting down, restarting after a crash, or not yet accepting.
	 */
	private static boolean connectionState(Throwable cause) {
		return cause instanceof SQLException sql && sql.getSQLState() != null
				&& (sql.getSQLState().startsWith("08") || sql.getSQLState().matches("57P0[123]"));
	}

}

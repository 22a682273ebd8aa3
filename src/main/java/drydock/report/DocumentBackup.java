package drydock.report;

import java.time.LocalDateTime;

/**
 * How the last backup of a completed item's document went, for its page: written, or why not.
 * {@code message} is null when it was written.
 */
public record DocumentBackup(int workItemId, String fileName, boolean succeeded, String message,
		LocalDateTime attemptedAt) {

	/** Longest reason kept; the log has the whole story. */
	static final int MESSAGE_LENGTH = 1000;

	public DocumentBackup {
		if (message != null && message.length() > MESSAGE_LENGTH) {
			message = message.substring(0, MESSAGE_LENGTH);
		}
	}

	static DocumentBackup written(int workItemId, String fileName, LocalDateTime at) {
		return new DocumentBackup(workItemId, fileName, true, null, at);
	}

	static DocumentBackup failed(int workItemId, String fileName, LocalDateTime at, String reason) {
		return new DocumentBackup(workItemId, fileName, false, reason, at);
	}

}

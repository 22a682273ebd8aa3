package drydock.report;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** How the last backup of a completed item's document went, for its page; one row per item. */
@Entity
@Table(name = "document_backups")
public class DocumentBackup {

	/** Longest reason kept; the log has the whole story. */
	private static final int MESSAGE_LENGTH = 1000;

	@Id
	@Column(name = "work_item_id")
	private Integer workItemId;

	@Column(name = "file_name", nullable = false, length = 200)
	private String fileName;

	@Column(nullable = false)
	private boolean succeeded;

	@Column(length = MESSAGE_LENGTH)
	private String message;

	@Column(name = "attempted_at", nullable = false)
	private LocalDateTime attemptedAt;

	protected DocumentBackup() {
	}

	private DocumentBackup(int workItemId, String fileName, boolean succeeded, String message,
			LocalDateTime attemptedAt) {
		this.workItemId = workItemId;
		this.fileName = fileName;
		this.succeeded = succeeded;
		this.message = message == null || message.length() <= MESSAGE_LENGTH ? message
				: message.substring(0, MESSAGE_LENGTH);
		this.attemptedAt = attemptedAt;
	}

	static DocumentBackup written(int workItemId, String fileName, LocalDateTime at) {
		return new DocumentBackup(workItemId, fileName, true, null, at);
	}

	static DocumentBackup failed(int workItemId, String fileName, LocalDateTime at, String reason) {
		return new DocumentBackup(workItemId, fileName, false, reason, at);
	}

	public String getFileName() {
		return fileName;
	}

	public boolean isSucceeded() {
		return succeeded;
	}

	public String getMessage() {
		return message;
	}

	public LocalDateTime getAttemptedAt() {
		return attemptedAt;
	}

}

package drydock.workitem;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One row of an item's status history. */
@Entity
@Table(name = "status_history")
public class StatusChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Integer id;

	@Column(name = "work_item_id", nullable = false)
	private Integer workItemId;

	@Column(name = "old_status", length = 100)
	private String oldStatus;

	@Column(name = "new_status", nullable = false, length = 100)
	private String newStatus;

	@Column(name = "changed_by", nullable = false, length = 100)
	private String changedBy;

	@Column(name = "changed_at")
	private LocalDateTime changedAt;

	private String notes;

	protected StatusChange() {
	}

	StatusChange(Integer workItemId, String oldStatus, String newStatus, String changedBy, LocalDateTime changedAt,
			String notes) {
		this.workItemId = workItemId;
		this.oldStatus = oldStatus;
		this.newStatus = newStatus;
		this.changedBy = changedBy;
		this.changedAt = changedAt;
		this.notes = notes;
	}

	public Integer getId() {
		return id;
	}

	public Integer getWorkItemId() {
		return workItemId;
	}

	public String getOldStatus() {
		return oldStatus;
	}

	public String getNewStatus() {
		return newStatus;
	}

	public String getChangedBy() {
		return changedBy;
	}

	public LocalDateTime getChangedAt() {
		return changedAt;
	}

	public String getNotes() {
		return notes;
	}

}

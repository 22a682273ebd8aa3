package drydock.workitem;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A work item, in the Flask app's table. Times are UTC without zone, as the Flask app stored them. */
@Entity
@Table(name = "work_items")
public class WorkItem {

	/** The Flask app's placeholder for a column it no longer asks for. */
	static final String NO_EQUIPMENT = "N/A";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Integer id;

	@Column(name = "item_number", nullable = false, length = 50)
	private String itemNumber;

	@Column(nullable = false, length = 200)
	private String location;

	@Column(name = "ns_equipment", nullable = false, length = 200)
	private String nsEquipment = NO_EQUIPMENT;

	@Column(nullable = false, length = 2000)
	private String description;

	@Column(nullable = false)
	private String detail;

	@Column(name = "\"references\"")
	private String references;

	@Column(name = "submitter_name", nullable = false, length = 100)
	private String submitterName;

	@Column(name = "submitted_at")
	private LocalDateTime submittedAt;

	@Column(nullable = false, length = 100)
	private String status;

	@Column(name = "assigned_to", length = 100)
	private String assignedTo;

	@Column(name = "needs_revision")
	private Boolean needsRevision = false;

	@Column(name = "revision_notes")
	private String revisionNotes;

	@Column(name = "original_submitter", length = 100)
	private String originalSubmitter;

	@Column(name = "last_modified_by", length = 100)
	private String lastModifiedBy;

	@Column(name = "last_modified_at")
	private LocalDateTime lastModifiedAt;

	@Column(name = "admin_notes")
	private String adminNotes;

	@Column(name = "admin_notes_updated_at")
	private LocalDateTime adminNotesUpdatedAt;

	@Column(name = "notification_status", length = 500)
	private String notificationStatus;

	@Column(name = "notification_at")
	private LocalDateTime notificationAt;

	@Version
	private long version;

	protected WorkItem() {
	}

	WorkItem(String itemNumber, String submitterName, LocalDateTime submittedAt) {
		this.itemNumber = itemNumber;
		this.submitterName = submitterName;
		this.originalSubmitter = submitterName;
		this.submittedAt = submittedAt;
		this.status = WorkflowStatuses.SUBMITTED;
	}

	void describe(WorkItemFields fields) {
		this.location = fields.location();
		this.description = fields.description();
		this.detail = fields.detail();
		this.references = fields.references();
	}

	/** Sets the status; {@code needs_revision} follows it, as in the Flask app. */
	void changeStatus(String newStatus) {
		this.status = newStatus;
		this.needsRevision = WorkflowStatuses.WITH_CREW.contains(newStatus);
	}

	void renumber(String newNumber) {
		this.itemNumber = newNumber;
	}

	/** Sends the item to a crew member (or to nobody) with notes on what to change. */
	void assign(String crewMember, String notes) {
		this.assignedTo = crewMember;
		this.revisionNotes = notes;
	}

	/** The crew member has addressed the revision notes. */
	void resubmit() {
		changeStatus(WorkflowStatuses.SUBMITTED);
		this.revisionNotes = null;
	}

	void writeAdminNotes(String notes, LocalDateTime at) {
		this.adminNotes = notes;
		this.adminNotesUpdatedAt = at;
	}

	void markModified(String by, LocalDateTime at) {
		this.lastModifiedBy = by;
		this.lastModifiedAt = at;
	}

	public Integer getId() {
		return id;
	}

	public String getItemNumber() {
		return itemNumber;
	}

	public String getLocation() {
		return location;
	}

	public String getDescription() {
		return description;
	}

	public String getDetail() {
		return detail;
	}

	public String getReferences() {
		return references;
	}

	public String getSubmitterName() {
		return submitterName;
	}

	public LocalDateTime getSubmittedAt() {
		return submittedAt;
	}

	public String getStatus() {
		return status;
	}

	public String getAssignedTo() {
		return assignedTo;
	}

	public boolean isNeedsRevision() {
		return Boolean.TRUE.equals(needsRevision);
	}

	public String getRevisionNotes() {
		return revisionNotes;
	}

	public String getOriginalSubmitter() {
		return originalSubmitter;
	}

	public String getLastModifiedBy() {
		return lastModifiedBy;
	}

	public LocalDateTime getLastModifiedAt() {
		return lastModifiedAt;
	}

	public String getAdminNotes() {
		return adminNotes;
	}

	public LocalDateTime getAdminNotesUpdatedAt() {
		return adminNotesUpdatedAt;
	}

	public String getNotificationStatus() {
		return notificationStatus;
	}

	public LocalDateTime getNotificationAt() {
		return notificationAt;
	}

	public long getVersion() {
		return version;
	}

}

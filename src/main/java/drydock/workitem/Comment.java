package drydock.workitem;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "comments")
public class Comment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Integer id;

	@Column(name = "work_item_id", nullable = false)
	private Integer workItemId;

	@Column(name = "author_name", nullable = false, length = 100)
	private String authorName;

	@Column(name = "comment_text", nullable = false)
	private String commentText;

	@Column(name = "created_at")
	private LocalDateTime createdAt;

	@Column(name = "is_admin")
	private Boolean admin;

	protected Comment() {
	}

	Comment(Integer workItemId, String authorName, String commentText, boolean admin, LocalDateTime createdAt) {
		this.workItemId = workItemId;
		this.authorName = authorName;
		this.commentText = commentText;
		this.admin = admin;
		this.createdAt = createdAt;
	}

	public Integer getId() {
		return id;
	}

	public Integer getWorkItemId() {
		return workItemId;
	}

	public String getAuthorName() {
		return authorName;
	}

	public String getCommentText() {
		return commentText;
	}

	public LocalDateTime getCreatedAt() {
		return createdAt;
	}

	public boolean isAdmin() {
		return Boolean.TRUE.equals(admin);
	}

}

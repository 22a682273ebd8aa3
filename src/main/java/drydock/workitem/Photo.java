package drydock.workitem;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A photo of a work item. Rows adopted from the Flask app have only {@code filename};
 * their thumbnail and sizes are null and readers fall back to the display image.
 */
@Entity
@Table(name = "photos")
public class Photo {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Integer id;

	@Column(nullable = false, length = 200)
	private String filename;

	@Column(nullable = false, length = 500)
	private String caption;

	@Column(name = "work_item_id", nullable = false)
	private Integer workItemId;

	private Integer width;

	private Integer height;

	@Column(name = "thumbnail_filename", length = 200)
	private String thumbnailFilename;

	@Column(name = "thumbnail_width")
	private Integer thumbnailWidth;

	@Column(name = "thumbnail_height")
	private Integer thumbnailHeight;

	protected Photo() {
	}

	Photo(Integer workItemId, String caption, PhotoFiles files) {
		this.workItemId = workItemId;
		this.caption = caption;
		this.filename = files.display();
		this.width = files.width();
		this.height = files.height();
		this.thumbnailFilename = files.thumbnail();
		this.thumbnailWidth = files.thumbnailWidth();
		this.thumbnailHeight = files.thumbnailHeight();
	}

	void changeCaption(String caption) {
		this.caption = caption;
	}

	public Integer getId() {
		return id;
	}

	public String getFilename() {
		return filename;
	}

	public String getCaption() {
		return caption;
	}

	public Integer getWorkItemId() {
		return workItemId;
	}

	public Integer getWidth() {
		return width;
	}

	public Integer getHeight() {
		return height;
	}

	public String getThumbnailFilename() {
		return thumbnailFilename;
	}

	public Integer getThumbnailWidth() {
		return thumbnailWidth;
	}

	public Integer getThumbnailHeight() {
		return thumbnailHeight;
	}

}

package drydock.workitem;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import drydock.photo.PhotoProperties;

/** Every change to work items goes through here: its transaction, its history and its files. */
@Service
public class WorkItemService {

	/** Two crew members taking the same next DRAFT number at once: the loser tries again. */
	private static final int NUMBER_ATTEMPTS = 3;

	private final WorkItemRepository items;

	private final PhotoRepository photos;

	private final StatusChangeRepository history;

	private final ItemNumbers itemNumbers;

	private final PhotoFileTransaction photoFiles;

	private final PhotoProperties photoProperties;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	WorkItemService(WorkItemRepository items, PhotoRepository photos, StatusChangeRepository history,
			ItemNumbers itemNumbers, PhotoFileTransaction photoFiles, PhotoProperties photoProperties,
			TransactionTemplate transaction, Clock clock, ApplicationEventPublisher events) {
		this.items = items;
		this.photos = photos;
		this.history = history;
		this.itemNumbers = itemNumbers;
		this.photoFiles = photoFiles;
		this.photoProperties = photoProperties;
		this.transaction = transaction;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * A crew member's submission: a new item, or an update of the item with that number
	 * unless it has completed review. All or nothing, files included.
	 */
	public Submission submit(String crewName, WorkItemForm form, List<PhotoAttachment> attachments) {
		String requested = ItemNumbers.normalize(form.itemNumber()).orElse(null);
		if (requested != null && requested.length() > 50) {
			throw new SubmissionRefusedException("Item number is at most 50 characters.");
		}
		for (int attempt = 1;; attempt++) {
			try {
				return transaction.execute(status -> submitOnce(crewName, requested, form.fields(), attachments));
			}
			catch (DataIntegrityViolationException ex) {
				if (requested != null || attempt == NUMBER_ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

	private Submission submitOnce(String crewName, String requested, WorkItemFields fields,
			List<PhotoAttachment> attachments) {
		LocalDateTime now = LocalDateTime.now(clock);
		WorkItem item = requested == null ? null : items.findByItemNumber(requested).orElse(null);
		boolean created = item == null;
		if (created) {
			item = new WorkItem(requested != null ? requested : itemNumbers.nextDraft(), crewName, now);
		}
		else if (WorkflowStatuses.COMPLETED_REVIEW.equals(item.getStatus())) {
			throw new SubmissionRefusedException("Item " + item.getItemNumber()
					+ " has already completed review and cannot be changed. Ask an admin to reopen it.");
		}
		else {
			item.markModified(crewName, now);
		}
		long existingPhotos = created ? 0 : photos.countByWorkItemId(item.getId());
		if (existingPhotos + attachments.size() > photoProperties.maxCount()) {
			throw new SubmissionRefusedException("Item %s already has %d photo(s); at most %d are allowed."
				.formatted(item.getItemNumber(), existingPhotos, photoProperties.maxCount()));
		}
		item.describe(fields);
		WorkItem saved = items.saveAndFlush(item);
		if (created) {
			recordStatusChange(saved, null, crewName, now, null);
		}
		for (PhotoAttachment attachment : attachments) {
			photos.save(new Photo(saved.getId(), attachment.caption(), photoFiles.write(attachment.photo())));
		}
		return new Submission(saved.getId(), saved.getItemNumber(), created, attachments.size());
	}

	/** An admin sets the status alone; the same status again changes nothing. */
	public void changeStatus(int itemId, String newStatus, String adminName) {
		transaction.executeWithoutResult(status -> {
			WorkItem item = items.findById(itemId).orElseThrow(() -> new WorkItemNotFoundException(itemId));
			String oldStatus = item.getStatus();
			if (oldStatus.equals(newStatus)) {
				return;
			}
			LocalDateTime now = LocalDateTime.now(clock);
			item.changeStatus(newStatus);
			item.markModified(adminName, now);
			recordStatusChange(item, oldStatus, adminName, now, null);
		});
	}

	private void recordStatusChange(WorkItem item, String oldStatus, String by, LocalDateTime at, String notes) {
		history.save(new StatusChange(item.getId(), oldStatus, item.getStatus(), by, at, notes));
		events.publishEvent(new WorkItemStatusChanged(item.getId(), item.getItemNumber(), oldStatus, item.getStatus(), by,
				notes));
	}

}

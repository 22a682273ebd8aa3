package drydock.workitem;

import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import drydock.photo.PhotoProperties;

/**
 * Every change to an item's content goes through here: submissions, edits, photos and
 * deletion, each in one transaction with its history row and its files.
 */
@Service
public class WorkItemService {

	/**
	 * Crew members saving new items at once may pick the same number: the next DRAFT number, or
	 * a new number they typed. Each loser tries again, finding the number taken (the next DRAFT)
	 * or the winner's item (added to); with k phones at once the last needs k attempts.
	 */
	private static final int NUMBER_ATTEMPTS = 10;

	private final WorkItemRepository items;

	private final PhotoRepository photos;

	private final CommentRepository comments;

	private final StatusChangeRepository history;

	private final ItemNumbers itemNumbers;

	private final PhotoFileTransaction photoFiles;

	private final PhotoProperties photoProperties;

	private final FormTokens formTokens;

	private final StatusRecorder statusRecorder;

	private final DashboardCache dashboard;

	private final TransactionTemplate transaction;

	private final Clock clock;

	WorkItemService(WorkItemRepository items, PhotoRepository photos, CommentRepository comments,
			StatusChangeRepository history, ItemNumbers itemNumbers, PhotoFileTransaction photoFiles,
			PhotoProperties photoProperties, FormTokens formTokens, StatusRecorder statusRecorder,
			DashboardCache dashboard, TransactionTemplate transaction, Clock clock) {
		this.items = items;
		this.photos = photos;
		this.comments = comments;
		this.history = history;
		this.itemNumbers = itemNumbers;
		this.photoFiles = photoFiles;
		this.photoProperties = photoProperties;
		this.formTokens = formTokens;
		this.statusRecorder = statusRecorder;
		this.dashboard = dashboard;
		this.transaction = transaction;
		this.clock = clock;
	}

	/**
	 * A crew member's submission: a new item, or an update of the item with that number
	 * unless it has completed review. All or nothing, files included; a form posted twice
	 * is carried out once.
	 */
	public Submission submit(String crewName, WorkItemForm form, List<PhotoAttachment> attachments, String formToken) {
		String requested = requestedNumber(form);
		for (int attempt = 1;; attempt++) {
			var done = formTokens.outcome(formToken);
			if (done.isPresent()) {
				return done.get();
			}
			try {
				return transaction.execute(status -> submitOnce(crewName, requested, form.fields(), attachments, formToken));
			}
			catch (DataIntegrityViolationException ex) {
				// Either the same form raced itself (its token now answers) or the number was taken
				// meanwhile; any other broken rule (a value too long, say) would fail again the same way.
				if (formTokens.outcome(formToken).isEmpty() && (attempt == NUMBER_ATTEMPTS || !isUniqueViolation(ex))) {
					throw ex;
				}
			}
		}
	}

	/** SQLSTATE 23505, a unique key taken: what PostgreSQL and H2 both report for a duplicate. */
	private static boolean isUniqueViolation(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

	private Submission submitOnce(String crewName, String requested, WorkItemFields fields,
			List<PhotoAttachment> attachments, String formToken) {
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
		checkPhotoRoom(item, created ? 0 : photos.countByWorkItemId(item.getId()), attachments.size());
		item.describe(fields);
		WorkItem saved = items.saveAndFlush(item);
		if (created) {
			statusRecorder.record(saved, null, crewName, now, null);
		}
		addPhotos(saved, attachments);
		Submission submission = new Submission(saved.getId(), saved.getItemNumber(), created, attachments.size());
		formTokens.record(formToken, submission, now);
		dashboard.evictAfterCommit();
		return submission;
	}

	/** An admin's edit: every field including the number, captions, and added photos. */
	public Submission editAsAdmin(int itemId, ItemChanges changes, String adminName) {
		String newNumber = requestedNumber(changes.form());
		return edit(itemId, changes, adminName, false, item -> {
			if (newNumber != null && !newNumber.equals(item.getItemNumber())) {
				if (items.existsByItemNumberAndIdNot(newNumber, item.getId())) {
					throw new SubmissionRefusedException("Item number " + newNumber + " is already used by another item.");
				}
				item.renumber(newNumber);
			}
		});
	}

	/**
	 * A crew member's edit of an item sent back to them (or their own, still Submitted):
	 * saving hands it back for review as "Submitted" and clears the revision notes.
	 */
	public Submission editAsCrew(int itemId, ItemChanges changes, String crewName) {
		return edit(itemId, changes, crewName, true, item -> {
			String refusal = CrewAccess.whyNotEditable(item, crewName);
			if (refusal != null) {
				throw new WorkItemAccessDeniedException(refusal);
			}
		});
	}

	private Submission edit(int itemId, ItemChanges changes, String editor, boolean byCrew, Consumer<WorkItem> check) {
		var done = formTokens.outcome(changes.formToken());
		if (done.isPresent()) {
			return done.get();
		}
		try {
			return saving(itemId, () -> editOnce(itemId, changes, editor, byCrew, check));
		}
		catch (ConcurrentEditException | DataIntegrityViolationException ex) {
			// A second copy of the same form lost the race to its first copy: answer as the first did.
			return formTokens.outcome(changes.formToken()).orElseThrow(() -> ex);
		}
	}

	private Submission editOnce(int itemId, ItemChanges changes, String editor, boolean byCrew,
			Consumer<WorkItem> check) {
		return transaction.execute(status -> {
			WorkItem item = current(itemId, changes.version());
			check.accept(item);
			LocalDateTime now = LocalDateTime.now(clock);
			checkPhotoRoom(item, photos.countByWorkItemId(itemId), changes.newPhotos().size());
			item.describe(changes.form().fields());
			item.markModified(editor, now);
			recaption(itemId, changes.captions());
			String oldStatus = item.getStatus();
			if (byCrew) {
				item.resubmit();
			}
			WorkItem saved = items.saveAndFlush(item);
			if (!oldStatus.equals(saved.getStatus())) {
				statusRecorder.record(saved, oldStatus, editor, now, "Resubmitted after revision");
			}
			addPhotos(saved, changes.newPhotos());
			Submission submission = new Submission(itemId, saved.getItemNumber(), false, changes.newPhotos().size());
			formTokens.record(changes.formToken(), submission, now);
			dashboard.evictAfterCommit();
			return submission;
		});
	}

	/** Removes one photo; its files go once the removal has committed and no other photo uses them. */
	public void deletePhoto(int itemId, int photoId, String by, boolean asCrew) {
		transaction.executeWithoutResult(status -> {
			WorkItem item = items.findById(itemId).orElseThrow(() -> new WorkItemNotFoundException(itemId));
			if (asCrew) {
				String refusal = CrewAccess.whyNotEditable(item, by);
				if (refusal != null) {
					throw new WorkItemAccessDeniedException(refusal);
				}
			}
			Photo photo = photos.findById(photoId)
				.filter(found -> found.getWorkItemId() == itemId)
				.orElseThrow(() -> new WorkItemNotFoundException(itemId));
			photos.delete(photo);
			item.markModified(by, LocalDateTime.now(clock));
			photoFiles.deleteAfterCommit(List.of(photo));
			dashboard.evictAfterCommit();
		});
	}

	/** Deletes an item with its photos, comments and history; photo files go after commit. */
	public String delete(int itemId) {
		return transaction.execute(status -> {
			WorkItem item = items.findById(itemId).orElseThrow(() -> new WorkItemNotFoundException(itemId));
			List<Photo> itemPhotos = photos.findByWorkItemIdOrderById(itemId);
			photos.deleteByWorkItemId(itemId);
			comments.deleteByWorkItemId(itemId);
			history.deleteByWorkItemId(itemId);
			formTokens.forget(itemId);
			items.delete(item);
			photoFiles.deleteAfterCommit(itemPhotos);
			dashboard.evictAfterCommit();
			return item.getItemNumber();
		});
	}

	/** Loads the item the form was opened on, refusing when someone saved it since. */
	WorkItem current(int itemId, long expectedVersion) {
		WorkItem item = items.findById(itemId).orElseThrow(() -> new WorkItemNotFoundException(itemId));
		if (item.getVersion() != expectedVersion) {
			throw new ConcurrentEditException(item.getItemNumber());
		}
		return item;
	}

	/**
	 * Turns a save that lost a race at commit time into the same conflict as a stale form,
	 * naming the item by its number as the person knows it.
	 */
	<T> T saving(int itemId, Supplier<T> save) {
		try {
			return save.get();
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new ConcurrentEditException(items.findById(itemId).map(WorkItem::getItemNumber).orElse("#" + itemId));
		}
	}

	private void recaption(int itemId, Map<Integer, String> captions) {
		if (captions.isEmpty()) {
			return;
		}
		for (Photo photo : photos.findByWorkItemIdOrderById(itemId)) {
			String caption = captions.get(photo.getId());
			if (caption != null) {
				photo.changeCaption(caption);
			}
		}
	}

	private void checkPhotoRoom(WorkItem item, long existing, int adding) {
		if (existing + adding > photoProperties.maxCount()) {
			throw new SubmissionRefusedException("Item %s already has %d photo(s); at most %d are allowed."
				.formatted(item.getItemNumber(), existing, photoProperties.maxCount()));
		}
	}

	private void addPhotos(WorkItem item, List<PhotoAttachment> attachments) {
		List<Photo> added = new ArrayList<>(attachments.size());
		for (PhotoAttachment attachment : attachments) {
			added.add(new Photo(item.getId(), attachment.caption(), photoFiles.write(attachment.photo())));
		}
		photos.saveAll(added);
	}

	private static String requestedNumber(WorkItemForm form) {
		String requested = ItemNumbers.normalize(form.itemNumber()).orElse(null);
		if (requested != null && requested.length() > 50) {
			throw new SubmissionRefusedException("Item number is at most 50 characters.");
		}
		return requested;
	}

}

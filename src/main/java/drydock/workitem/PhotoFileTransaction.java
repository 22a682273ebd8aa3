package drydock.workitem;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import drydock.photo.PhotoStore;
import drydock.photo.PhotoStore.StoredFile;
import drydock.photo.ProcessedPhoto;

/**
 * Ties photo files to the transaction that records them: files written for a transaction
 * that rolls back are removed, so no file is left without a row.
 */
@Component
class PhotoFileTransaction {

	private final PhotoStore store;

	private final PhotoRepository photos;

	/** After commit the finished transaction is still bound; reading needs a new one. */
	private final TransactionTemplate separateReadOnly;

	PhotoFileTransaction(PhotoStore store, PhotoRepository photos, PlatformTransactionManager transactionManager) {
		this.store = store;
		this.photos = photos;
		this.separateReadOnly = new TransactionTemplate(transactionManager);
		this.separateReadOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.separateReadOnly.setReadOnly(true);
	}

	/** Writes both images of a photo; must run inside a transaction. */
	PhotoFiles write(ProcessedPhoto photo) {
		StoredFile display = store.put(photo.display().jpeg(), "");
		removeOnRollback(display);
		StoredFile thumbnail = store.put(photo.thumbnail().jpeg(), "_t");
		removeOnRollback(thumbnail);
		return new PhotoFiles(display.name(), photo.display().width(), photo.display().height(), thumbnail.name(),
				photo.thumbnail().width(), photo.thumbnail().height());
	}

	private void removeOnRollback(StoredFile file) {
		if (!file.created()) {
			// Identical content was already stored for another photo: it is not ours to remove.
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status != STATUS_COMMITTED) {
					store.delete(file.name());
				}
			}
		});
	}

	/**
	 * Removes the files of deleted photos once the deletion has committed, never before (a
	 * rollback keeps rows and files together), and only files no remaining photo uses:
	 * content-derived names mean the same picture sent twice shares its files.
	 */
	void deleteAfterCommit(List<Photo> deleted) {
		if (deleted.isEmpty()) {
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				separateReadOnly.executeWithoutResult(status -> {
					for (Photo photo : deleted) {
						deleteIfUnused(photo.getFilename());
						deleteIfUnused(photo.getThumbnailFilename());
					}
				});
			}
		});
	}

	private void deleteIfUnused(String name) {
		if (name != null && !photos.existsByFilenameOrThumbnailFilename(name, name)) {
			store.delete(name);
		}
	}

}

package drydock.workitem;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import drydock.photo.PhotoStore;
import drydock.photo.PhotoStore.StoredFile;
import drydock.photo.ProcessedPhoto;

/**
 * Ties photo files to the transaction that records them: files written for a transaction
 * that does not commit are removed, so no file is left without a row.
 */
@Component
class PhotoFileTransaction {

	private final PhotoStore store;

	PhotoFileTransaction(PhotoStore store) {
		this.store = store;
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

}

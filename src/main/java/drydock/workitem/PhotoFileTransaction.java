package drydock.workitem;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import drydock.photo.PhotoStore;
import drydock.photo.ProcessedPhoto;

/**
 * Ties photo files to the transactions that record and delete their rows, so that a file
 * exists for every photo row and no file is left without one:
 * <ul>
 * <li>files written for a transaction that does not commit are removed;</li>
 * <li>files of deleted photos are removed only after the deletion has committed;</li>
 * <li>a file is never removed while a row refers to it or an open transaction of this
 * application is about to record one: content-derived names mean the same picture sent
 * twice shares its files, also between two submissions running at once.</li>
 * </ul>
 * The open transactions are known to this process only: nodes sharing one upload folder
 * can still race each other, which the file check reports.
 */
@Component
class PhotoFileTransaction {

	private static final Logger log = LoggerFactory.getLogger(PhotoFileTransaction.class);

	/** Enough stripes that unrelated files rarely wait for each other. */
	private static final int LOCK_STRIPES = 64;

	private final PhotoStore store;

	private final PhotoRepository photos;

	/** After completion the finished transaction is still bound; reading needs a new one. */
	private final TransactionTemplate separateReadOnly;

	/** How many open transactions are about to record a row using each file name. */
	private final ConcurrentHashMap<String, Integer> pending = new ConcurrentHashMap<>();

	/** Deciding to remove a file and starting to use it exclude each other, per name. */
	private final ReentrantLock[] locks = Stream.generate(ReentrantLock::new)
		.limit(LOCK_STRIPES)
		.toArray(ReentrantLock[]::new);

	PhotoFileTransaction(PhotoStore store, PhotoRepository photos, PlatformTransactionManager transactionManager) {
		this.store = store;
		this.photos = photos;
		this.separateReadOnly = new TransactionTemplate(transactionManager);
		this.separateReadOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.separateReadOnly.setReadOnly(true);
	}

	/** Writes both images of a photo; must run inside a transaction. */
	PhotoFiles write(ProcessedPhoto photo) {
		String display = writeFile(photo.display().jpeg(), "");
		String thumbnail = writeFile(photo.thumbnail().jpeg(), "_t");
		return new PhotoFiles(display, photo.display().width(), photo.display().height(), thumbnail,
				photo.thumbnail().width(), photo.thumbnail().height());
	}

	private String writeFile(byte[] jpeg, String suffix) {
		String name = PhotoStore.nameFor(jpeg, suffix);
		// Counted before the file is looked at: a rollback elsewhere that decides to remove
		// the same file either sees this count or has removed it before put() writes it again.
		withLock(name, () -> pending.merge(name, 1, Integer::sum));
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status == STATUS_ROLLED_BACK) {
					removeUnlessUsed(name, true);
				}
				else {
					// Committed, or the outcome is unknown (the connection broke during commit): the
					// row may exist, so the file stays; the file check reports it if it has none.
					withLock(name, () -> release(name));
				}
			}
		});
		store.put(jpeg, suffix);
		return name;
	}

	/**
	 * Removes the files of deleted photos once the deletion has committed, never before (a
	 * rollback keeps rows and files together), and only files nothing else uses.
	 */
	void deleteAfterCommit(List<Photo> deleted) {
		if (deleted.isEmpty()) {
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				deleted.stream()
					.flatMap(photo -> Stream.of(photo.getFilename(), photo.getThumbnailFilename()))
					.filter(Objects::nonNull)
					.distinct()
					.forEach(name -> removeUnlessUsed(name, false));
			}
		});
	}

	/**
	 * Removes the file unless another open transaction is about to record it or a committed
	 * row refers to it; {@code releasing} when the calling transaction had counted itself in.
	 */
	private void removeUnlessUsed(String name, boolean releasing) {
		withLock(name, () -> {
			if (releasing) {
				release(name);
			}
			try {
				if (!pending.containsKey(name) && !referenced(name)) {
					store.delete(name);
				}
			}
			catch (RuntimeException ex) {
				// The database could not say whether a row uses the file: keeping it is the safe side.
				log.warn("Photo file {} kept: could not check whether a row uses it ({})", name, ex.toString());
			}
		});
	}

	private boolean referenced(String name) {
		return Boolean.TRUE.equals(separateReadOnly.execute(status -> photos.existsByFilenameOrThumbnailFilename(name, name)));
	}

	private void release(String name) {
		pending.computeIfPresent(name, (key, count) -> count == 1 ? null : count - 1);
	}

	private void withLock(String name, Runnable action) {
		ReentrantLock lock = locks[Math.floorMod(name.hashCode(), LOCK_STRIPES)];
		lock.lock();
		try {
			action.run();
		}
		finally {
			lock.unlock();
		}
	}

}

package drydock.workitem;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import drydock.photo.PhotoStore;
import drydock.workitem.PhotoFileReport.MissingFile;
import drydock.workitem.PhotoFileReport.OrphanFile;

/**
 * Compares the photo rows with the upload folder: rows whose display image or thumbnail is
 * missing, and photo files no row refers to. Only the folder's file names are held in memory
 * (one map entry each); the rows are streamed from the database. The check changes nothing.
 * <p>
 * It takes seconds at scale, so a request made while the same check runs waits for that run
 * and shares its report instead of starting another; and it holds a database connection only
 * while it streams the rows, not while it lists or looks at files.
 */
@Service
public class PhotoFileCheck {

	/** Rows fetched at a time from PostgreSQL, which otherwise reads the whole result first. */
	private static final int FETCH_SIZE = 5_000;

	private final JdbcClient jdbc;

	private final PhotoStore store;

	private final Duration grace;

	private final Clock clock;

	/** PostgreSQL streams rows with a fetch size only inside a transaction. */
	private final TransactionTemplate readOnly;

	/** The runs going on, by their limit. */
	private final ConcurrentMap<Integer, CompletableFuture<PhotoFileReport>> running = new ConcurrentHashMap<>();

	PhotoFileCheck(JdbcClient jdbc, PhotoStore store, @Value("${drydock.photo-check.grace:15m}") Duration grace,
			Clock clock, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.store = store;
		this.grace = grace;
		this.clock = clock;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	/**
	 * Runs the check, listing at most {@code limit} missing files and {@code limit} orphans; or,
	 * when a run with the same limit is going on, waits for its report.
	 */
	public PhotoFileReport run(int limit) {
		CompletableFuture<PhotoFileReport> mine = new CompletableFuture<>();
		CompletableFuture<PhotoFileReport> theirs = running.putIfAbsent(limit, mine);
		if (theirs != null) {
			try {
				return theirs.join();
			}
			catch (CompletionException ex) {
				throw ex.getCause() instanceof RuntimeException cause ? cause : ex;
			}
		}
		try {
			PhotoFileReport report = check(limit);
			mine.complete(report);
			return report;
		}
		catch (RuntimeException | Error ex) {
			mine.completeExceptionally(ex);
			throw ex;
		}
		finally {
			running.remove(limit, mine);
		}
	}

	private PhotoFileReport check(int limit) {
		long started = System.nanoTime();
		Instant graceStart = clock.instant().minus(grace);
		// Listed before the rows are read: a file written meanwhile is not looked at, and one
		// whose row committed meanwhile is at worst "unreferenced", which the grace period covers.
		Map<String, Boolean> referencedByName = new HashMap<>();
		long passedOver = store.forEachPhotoFile(name -> referencedByName.put(name, Boolean.FALSE));
		long filesChecked = referencedByName.size();

		List<MissingFile> missing = new ArrayList<>();
		long[] counts = new long[2];
		readOnly.executeWithoutResult(transaction -> jdbc
			.sql("SELECT p.id, p.work_item_id, p.filename, p.thumbnail_filename FROM photos p")
			.withFetchSize(FETCH_SIZE)
			.query(rs -> {
				counts[0]++;
				int photoId = rs.getInt(1);
				int itemId = rs.getInt(2);
				for (int column = 3; column <= 4; column++) {
					String name = rs.getString(column);
					if (name == null) {
						continue; // a Flask row without a thumbnail shows its display image instead
					}
					if (referencedByName.replace(name, Boolean.TRUE) == null && store.find(name).isEmpty()) {
						// Not listed and still not there (it may have been written after the listing).
						counts[1]++;
						if (missing.size() < limit) {
							missing.add(new MissingFile(itemId, null, photoId, name, column == 4));
						}
					}
				}
			}));

		List<OrphanFile> orphans = new ArrayList<>();
		long orphanCount = 0;
		long recent = 0;
		for (Map.Entry<String, Boolean> file : referencedByName.entrySet()) {
			if (file.getValue()) {
				continue;
			}
			// Removed since the listing (its row was deleted meanwhile) is no orphan.
			Optional<Instant> modified = store.modifiedAt(file.getKey());
			if (modified.isEmpty()) {
				continue;
			}
			if (modified.get().isAfter(graceStart)) {
				recent++;
				continue;
			}
			orphanCount++;
			if (orphans.size() < limit) {
				orphans.add(new OrphanFile(file.getKey(), modified.get()));
			}
		}
		orphans.sort((a, b) -> a.fileName().compareTo(b.fileName()));
		return new PhotoFileReport(counts[0], filesChecked, counts[1], withItemNumbers(missing), orphanCount, orphans,
				recent, passedOver, grace, Duration.ofNanos(System.nanoTime() - started));
	}

	/** Names the items of the missing files listed, as admins know them. */
	private List<MissingFile> withItemNumbers(List<MissingFile> missing) {
		if (missing.isEmpty()) {
			return missing;
		}
		Map<Integer, String> numbers = new HashMap<>();
		jdbc.sql("SELECT id, item_number FROM work_items WHERE id IN (:ids)")
			.param("ids", missing.stream().map(MissingFile::itemId).distinct().toList())
			.query(rs -> {
				numbers.put(rs.getInt(1), rs.getString(2));
			});
		return missing.stream()
			.map(file -> new MissingFile(file.itemId(), numbers.getOrDefault(file.itemId(), "#" + file.itemId()),
					file.photoId(), file.fileName(), file.thumbnail()))
			.toList();
	}

}

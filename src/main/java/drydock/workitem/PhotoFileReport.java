package drydock.workitem;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What the photo file check found: rows whose files are missing and files no row refers to,
 * each counted in full and listed up to the limit asked for.
 * @param rowsChecked photo rows read
 * @param filesChecked photo files found in the upload folder
 * @param missingCount files rows refer to that are not in the folder
 * @param missing the first of them
 * @param orphanCount files older than the grace period that no row refers to
 * @param orphans the first of them
 * @param recentUnreferenced files no row refers to yet, younger than the grace period: a
 * submission in progress writes its files before it commits its rows
 * @param passedOver entries in the folder that are not photo files (folders, temporary or foreign files), left alone
 * @param grace how old an unreferenced file must be to count as an orphan
 * @param took how long the check took
 */
public record PhotoFileReport(long rowsChecked, long filesChecked, long missingCount, List<MissingFile> missing,
		long orphanCount, List<OrphanFile> orphans, long recentUnreferenced, long passedOver, Duration grace,
		Duration took) {

	public boolean consistent() {
		return missingCount == 0 && orphanCount == 0;
	}

	/** A photo row's file that is not in the folder; {@code thumbnail} when it is the row's thumbnail. */
	public record MissingFile(int itemId, String itemNumber, int photoId, String fileName, boolean thumbnail) {
	}

	/** A file no photo row refers to, with when it was last written. */
	public record OrphanFile(String fileName, Instant modifiedAt) {
	}

}

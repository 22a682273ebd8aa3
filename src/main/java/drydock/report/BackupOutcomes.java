package drydock.report;

import java.time.LocalDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code document_backups} table, which only this feature reads and writes: the last
 * backup outcome of each item. Written by the single backup thread, so an update-or-insert
 * never races.
 */
@Component
class BackupOutcomes {

	private static final String UPDATE = "UPDATE document_backups SET file_name = :file, succeeded = :succeeded, "
			+ "message = :message, attempted_at = :at WHERE work_item_id = :item";

	private static final String INSERT = "INSERT INTO document_backups "
			+ "(work_item_id, file_name, succeeded, message, attempted_at) VALUES (:item, :file, :succeeded, :message, :at)";

	private final JdbcClient jdbc;

	BackupOutcomes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(DocumentBackup outcome) {
		if (write(UPDATE, outcome) == 0) {
			write(INSERT, outcome);
		}
	}

	Optional<DocumentBackup> find(int itemId) {
		return jdbc
			.sql("SELECT work_item_id, file_name, succeeded, message, attempted_at FROM document_backups "
					+ "WHERE work_item_id = :item")
			.param("item", itemId)
			.query((rs, row) -> new DocumentBackup(rs.getInt(1), rs.getString(2), rs.getBoolean(3), rs.getString(4),
					rs.getObject(5, LocalDateTime.class)))
			.optional();
	}

	private int write(String sql, DocumentBackup outcome) {
		return jdbc.sql(sql)
			.param("item", outcome.workItemId())
			.param("file", outcome.fileName())
			.param("succeeded", outcome.succeeded())
			.param("message", outcome.message())
			.param("at", outcome.attemptedAt())
			.update();
	}

}

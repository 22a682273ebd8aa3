package drydock.workitem;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import drydock.DatabaseKind;

/** Item numbers: the next free DRAFT number, and catalog entries turned into numbers. */
@Component
public class ItemNumbers {

	static final String DRAFT_PREFIX = "DRAFT_";

	/** The Flask app's catalog ends at DRAFT_0019, so new drafts start at 20. */
	static final int FIRST_FREE_DRAFT = 20;

	private final JdbcClient jdbc;

	private final String highestDraftSql;

	private final WorkflowProperties workflow;

	ItemNumbers(JdbcClient jdbc, DatabaseKind database, WorkflowProperties workflow) {
		this.jdbc = jdbc;
		this.workflow = workflow;
		// Only all-digit suffixes count; the regular-expression operator differs between the two databases.
		String digitsOnly = database.isPostgres()
				? "item_number ~ '^DRAFT_[0-9]{1,9}$'" : "REGEXP_LIKE(item_number, '^DRAFT_[0-9]{1,9}$')";
		this.highestDraftSql = "SELECT MAX(CAST(SUBSTRING(item_number, 7) AS INTEGER)) FROM work_items "
				+ "WHERE item_number LIKE 'DRAFT\\_%' ESCAPE '\\' AND " + digitsOnly;
	}

	/** The next DRAFT number after the highest in use, computed by the database. */
	public String nextDraft() {
		Integer highest = jdbc.sql(highestDraftSql).query(Integer.class).list().getFirst();
		int next = highest == null ? FIRST_FREE_DRAFT : Math.max(FIRST_FREE_DRAFT, highest + 1);
		return DRAFT_PREFIX + String.format(Locale.ROOT, "%04d", next);
	}

	/** "0101 - Pilot House Windows" and "0101" both mean item 0101; blank means none chosen. */
	public static Optional<String> normalize(String entered) {
		if (entered == null || entered.isBlank()) {
			return Optional.empty();
		}
		String trimmed = entered.strip();
		int titleAt = trimmed.indexOf(" - ");
		return Optional.of(titleAt > 0 ? trimmed.substring(0, titleAt).strip() : trimmed);
	}

	public List<CatalogEntry> catalog() {
		return workflow.catalog().stream().map(CatalogEntry::parse).toList();
	}

	/** One entry of the yard's item list. */
	public record CatalogEntry(String number, String label) {

		static CatalogEntry parse(String entry) {
			return new CatalogEntry(normalize(entry).orElse(entry), entry.strip());
		}

	}

}

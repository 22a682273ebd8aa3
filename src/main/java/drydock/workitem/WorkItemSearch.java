package drydock.workitem;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import drydock.DatabaseKind;

/**
 * The dashboard's search, the same for users on both databases: an item matches when every
 * word of the search starts a word in its item number, location, description, detail or
 * submitter name, or when the whole search appears anywhere in its item number. Words are
 * runs of letters and digits (anything else separates them); case never matters.
 * <p>
 * PostgreSQL answers from indexes (a generated {@code tsvector} of those words queried with
 * prefixes, and a trigram index on the item number); H2 finds the same word starts with a regular
 * expression over the fields and the item number with ILIKE.
 * The user's text only ever reaches the database as bind parameters, and the words handed to
 * {@code to_tsquery} hold nothing but letters and digits.
 */
@Component
public class WorkItemSearch {

	/** More words than this narrow nothing a person would notice; the rest are ignored. */
	static final int MAX_WORDS = 10;

	private static final String NOT_A_WORD = "[^\\p{L}\\p{N}]+";

	private static final String ITEM_NUMBER_CONTAINS = "w.item_number ILIKE :pattern ESCAPE '\\'";

	/** H2: the searched fields in lower case, for a regular expression that finds where words start. */
	private static final String H2_FIELDS = "LOWER(w.item_number || ' ' || w.location || ' ' || w.description || ' ' "
			+ "|| w.detail || ' ' || w.submitter_name)";

	private final boolean postgres;

	WorkItemSearch(DatabaseKind database) {
		this.postgres = database.isPostgres();
	}

	/** The condition for {@code search} on {@code work_items w}, adding its parameters to {@code params}. */
	String condition(String search, Map<String, Object> params) {
		List<String> words = words(search);
		params.put("pattern", WorkItemQueries.likePattern(search));
		if (words.isEmpty()) {
			return "(" + ITEM_NUMBER_CONTAINS + ")";
		}
		if (postgres) {
			params.put("tsquery", words.stream().map(word -> word + ":*").collect(Collectors.joining(" & ")));
			return "(w.search_vector @@ to_tsquery('simple', :tsquery) OR " + ITEM_NUMBER_CONTAINS + ")";
		}
		StringBuilder all = new StringBuilder();
		for (int i = 0; i < words.size(); i++) {
			// A word holds only letters and digits, so it needs no quoting inside the expression.
			params.put("word" + i, "(^|[^\\p{L}\\p{N}])" + words.get(i));
			all.append(i == 0 ? "" : " AND ").append("REGEXP_LIKE(").append(H2_FIELDS).append(", :word").append(i).append(")");
		}
		return "((" + all + ") OR " + ITEM_NUMBER_CONTAINS + ")";
	}

	/**
	 * The statement counting per status the items {@code search} finds on {@code work_items w} (rows of
	 * status and count, by status), adding its parameters to {@code params}; the same items as
	 * {@code condition}, which {@link #condition} made for this search into the same {@code params}.
	 * PostgreSQL reads one word's counts from {@code search_word_counts} (V12) and several words' items from
	 * {@code search_words} (V10, V11), each by index alone, each word a range of its key, and the item
	 * numbers through the trigram index; H2 applies the condition to the table.
	 */
	String statusCounts(String search, String condition, Map<String, Object> params) {
		List<String> words = words(search);
		if (!postgres || words.isEmpty()) {
			return "SELECT w.status, COUNT(*) FROM work_items w WHERE " + condition + " GROUP BY w.status ORDER BY w.status";
		}
		String found;
		if (words.size() == 1) {
			// The rows of search_words this counts, already counted per word (V12): those whose previous word
			// shares fewer characters with their word than the prefix holds.
			String prefix = words.getFirst();
			putPrefixRange(0, prefix, params);
			params.put("prefixLength0", prefix.codePointCount(0, prefix.length()));
			found = "SELECT c.status, SUM(c.item_count) AS n FROM search_word_counts c WHERE c.word >= :prefix0"
					+ " AND c.word < :prefixEnd0 AND c.shared_prefix < :prefixLength0 GROUP BY c.status";
		}
		else {
			found = "SELECT status, COUNT(*) AS n FROM (" + intersection(words, params) + ") found GROUP BY status";
		}
		// The items found by their item number alone are counted apart, so none is counted twice; each part
		// counted by itself, which halved the time of passing every match up to one count. A word's rows may
		// still sum to 0 until they are merged (V12), and a status none of the items has is not shown.
		return "SELECT status, SUM(n) FROM (" + found
				+ " UNION ALL SELECT w.status, COUNT(*) FROM work_items w WHERE " + ITEM_NUMBER_CONTAINS
				+ " AND NOT (w.search_vector @@ to_tsquery('simple', :tsquery)) GROUP BY w.status) counts"
				+ " GROUP BY status HAVING SUM(n) > 0 ORDER BY status";
	}

	/** The items (id and status) that have a word starting with each of {@code words}, each item once. */
	private static String intersection(List<String> words, Map<String, Object> params) {
		StringBuilder all = new StringBuilder();
		for (int i = 0; i < words.size(); i++) {
			// Of an item's words in the range only its first has a previous word outside it (before the
			// prefix), so each item comes once per word and the words' sets hold no duplicates to remove.
			putPrefixRange(i, words.get(i), params);
			all.append(i == 0 ? "" : " INTERSECT ")
				.append("SELECT s.work_item_id, s.status FROM search_words s WHERE s.word >= :prefix").append(i)
				.append(" AND s.word < :prefixEnd").append(i)
				.append(" AND (s.previous_word IS NULL OR s.previous_word < :prefix").append(i).append(")");
		}
		return all.toString();
	}

	/**
	 * The words {@code prefix} starts, as a range of a key rather than LIKE, so the index is used whatever
	 * plan PostgreSQL caches for the statement: from {@code :prefix<i>} up to {@code :prefixEnd<i>}. Exactly
	 * those words: words hold only letters and digits, never the highest code point, so none sorts after the
	 * prefix followed by it and still starts so.
	 */
	private static void putPrefixRange(int i, String prefix, Map<String, Object> params) {
		params.put("prefix" + i, prefix);
		params.put("prefixEnd" + i, prefix + Character.toString(Character.MAX_CODE_POINT));
	}

	/** The search's words: lower-case runs of letters and digits, so no LIKE or tsquery syntax survives. */
	static List<String> words(String search) {
		return Arrays.stream(search.toLowerCase(Locale.ROOT).split(NOT_A_WORD))
			.filter(word -> !word.isEmpty())
			.distinct()
			.limit(MAX_WORDS)
			.toList();
	}

}

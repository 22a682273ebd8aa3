package drydock.workitem;

import static drydock.testing.WorkItemRows.item;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import drydock.testing.DrydockWebTest;
import drydock.testing.StatementCounter;
import drydock.testing.WorkItemRows;
import drydock.testing.WorkItemRows.WorkItemRow;

/**
 * The dashboard query and item numbering against a real database; each subclass runs these
 * on one database. Every test starts from an empty table and is rolled back.
 */
@Transactional
abstract class WorkItemPersistenceTests extends DrydockWebTest {

	private static final LocalDateTime MONDAY = LocalDateTime.of(2025, 11, 3, 8, 0);

	@Autowired
	private WorkItemQueries queries;

	@Autowired
	private ItemNumbers itemNumbers;

	@Autowired
	private StatementCounter statements;

	@Autowired
	private SearchWordCounts searchWordCounts;

	private WorkItemRows rows;

	@BeforeEach
	void startWithoutItems() {
		rows = new WorkItemRows(jdbc);
		rows.deleteAll();
	}

	@Test
	void aStatusFilterShowsThatStatusWhileCountsCoverEveryStatus() {
		rows.insert(item("0101"));
		rows.insert(item("0102").status("Needs Revision"));
		rows.insert(item("0103"));
		rows.insert(item("0104").status("Completed Review"));

		WorkItemPage page = dashboard("Submitted", null, WorkItemSort.DATE_DESC, 1, 25);

		assertThat(numbers(page)).containsExactlyInAnyOrder("0101", "0103");
		assertThat(page.total()).isEqualTo(2);
		assertThat(page.statusCounts())
			.isEqualTo(Map.of("Submitted", 2L, "Needs Revision", 1L, "Completed Review", 1L));
		assertThat(page.allStatusesCount()).isEqualTo(4);
	}

	@Test
	void aStatusLongerThanTheFlaskColumnIsStoredAndFound() {
		rows.insert(item("0101").status("In Review by Maverick"));

		assertThat(numbers(dashboard("In Review by Maverick", null, WorkItemSort.DATE_DESC, 1, 25)))
			.containsExactly("0101");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "DATE_DESC|0300,0200,0100,DRAFT_0020", "DATE_ASC|0100,0200,0300,DRAFT_0020",
			"ITEM_NUMBER|0100,0200,0300,DRAFT_0020", "SUBMITTER|0100,DRAFT_0020,0300,0200" })
	void eachSortOrdersTheItems(WorkItemSort sort, String expected) {
		rows.insert(item("0300").submitter("Mark").submittedAt(MONDAY.plusDays(2)));
		rows.insert(item("0100").submitter("AL").submittedAt(MONDAY));
		rows.insert(item("0200").submitter("Mark").submittedAt(MONDAY.plusDays(1)));
		// Flask rows may have no time: they come last whichever way times are sorted.
		rows.insert(item("DRAFT_0020").submitter("DP").submittedAt(null));

		assertThat(numbers(dashboard(null, null, sort, 1, 25))).containsExactly(expected.split(","));
	}

	@ParameterizedTest
	@ValueSource(strings = { "item number", "description", "location", "submitter", "detail" })
	void aSearchFindsTheWordInAnySearchedFieldWhateverItsCase(String field) {
		WorkItemRow plain = item("0401");
		rows.insert(switch (field) {
			case "item number" -> item("GaSkEt-7");
			case "description" -> plain.description("Renew the GaSkEt of hatch 3");
			case "location" -> plain.location("GaSkEt store, frame 12");
			case "submitter" -> plain.submitter("GaSkEtman");
			default -> plain.detail("Worn GaSkEt on the sea chest cover");
		});
		rows.insert(item("0402"));

		assertThat(numbers(dashboard(null, "gasket", WorkItemSort.DATE_DESC, 1, 25))).hasSize(1).doesNotContain("0402");
		assertThat(numbers(dashboard(null, "GASKET", WorkItemSort.DATE_DESC, 1, 25))).hasSize(1).doesNotContain("0402");
	}

	@Test
	void eachWordFindsTheWordsItStartsButNotTheMiddleOfAWord() {
		rows.insert(item("0501").description("Pump seal leaking"));
		rows.insert(item("0502").description("Sump strainer"));

		assertThat(numbers(dashboard(null, "pum", WorkItemSort.DATE_DESC, 1, 25))).containsExactly("0501");
		assertThat(numbers(dashboard(null, "ump", WorkItemSort.DATE_DESC, 1, 25))).isEmpty();
		assertThat(numbers(dashboard(null, "SEAL", WorkItemSort.DATE_DESC, 1, 25))).containsExactly("0501");
	}

	@Test
	void everyWordMustBeFoundThoughEachMayBeInAnotherField() {
		rows.insert(item("0511").description("Pump seal").location("Frame 12 port"));
		rows.insert(item("0512").description("Pump seal").location("Bow thruster room"));
		rows.insert(item("0513").description("Hatch gasket").location("Frame 12 starboard"));

		assertThat(numbers(dashboard(null, "fra pum", WorkItemSort.DATE_DESC, 1, 25))).containsExactly("0511");
		assertThat(numbers(dashboard(null, "  pump   12 ", WorkItemSort.DATE_DESC, 1, 25))).containsExactly("0511");
	}

	@Test
	void partOfAnItemNumberFindsItWithUnderscoresAndPercentsTakenLiterally() {
		rows.insert(item("DRAFT_0020"));
		rows.insert(item("DRAFTX0021"));
		rows.insert(item("TANK%7"));
		rows.insert(item("TANK07"));

		assertThat(numbers(dashboard(null, "0020", WorkItemSort.DATE_DESC, 1, 25))).containsExactly("DRAFT_0020");
		assertThat(numbers(dashboard(null, "aft_00", WorkItemSort.DATE_DESC, 1, 25))).containsExactly("DRAFT_0020");
		assertThat(numbers(dashboard(null, "_", WorkItemSort.DATE_DESC, 1, 25))).containsExactly("DRAFT_0020");
		assertThat(numbers(dashboard(null, "k%7", WorkItemSort.DATE_DESC, 1, 25))).containsExactly("TANK%7");
		assertThat(numbers(dashboard(null, "%", WorkItemSort.DATE_DESC, 1, 25))).containsExactly("TANK%7");
	}

	@Test
	void punctuationSeparatesWordsInTheSearchAsInTheFields() {
		rows.insert(item("0521").description("Crack at FR_42"));
		rows.insert(item("0522").description("Crack at FRX42"));
		rows.insert(item("0523").description("Paint 100% of the hull"));
		rows.insert(item("0524").description("Renew pump-seal (aft)"));

		assertThat(numbers(dashboard(null, "FR_42", WorkItemSort.DATE_DESC, 1, 25))).containsExactly("0521");
		assertThat(numbers(dashboard(null, "fr 42", WorkItemSort.DATE_DESC, 1, 25))).containsExactly("0521");
		assertThat(numbers(dashboard(null, "100%", WorkItemSort.DATE_DESC, 1, 25))).containsExactly("0523");
		assertThat(numbers(dashboard(null, "seal aft", WorkItemSort.DATE_DESC, 1, 25))).containsExactly("0524");
		assertThat(numbers(dashboard(null, "pump:* | !seal & (", WorkItemSort.DATE_DESC, 1, 25))).containsExactly("0524");
	}

	@Test
	void statusCountsCountOnlyWhatTheSearchFinds() {
		rows.insert(item("0601").description("Pump seal leak"));
		rows.insert(item("0602").description("Pump bearing").status("Needs Revision"));
		rows.insert(item("0603").description("Hatch gasket"));

		WorkItemPage page = dashboard("Submitted", "pump", WorkItemSort.DATE_DESC, 1, 25);

		assertThat(numbers(page)).containsExactly("0601");
		assertThat(page.statusCounts()).isEqualTo(Map.of("Submitted", 1L, "Needs Revision", 1L));
	}

	@Test
	void aSearchsCountsFollowNewStatusesEditedTextAndDeletedItems() {
		rows.insert(item("0611").description("Pump seal leak"));
		rows.insert(item("0612").description("Pump bearing"));
		rows.insert(item("0613").description("Hatch gasket"));
		rows.insert(item("0614").description("Pump casing cracked"));

		jdbc.sql("UPDATE work_items SET status = 'Needs Revision' WHERE item_number IN ('0611', '0612')").update();
		jdbc.sql("UPDATE work_items SET description = 'Pump hatch gasket' WHERE item_number = '0613'").update();
		jdbc.sql("UPDATE work_items SET description = 'Bearing worn' WHERE item_number = '0612'").update();
		jdbc.sql("DELETE FROM work_items WHERE item_number = '0614'").update();

		WorkItemPage page = dashboard(null, "pump", WorkItemSort.ITEM_NUMBER, 1, 25);
		assertThat(numbers(page)).containsExactly("0611", "0613");
		assertThat(page.statusCounts()).isEqualTo(Map.of("Needs Revision", 1L, "Submitted", 1L));
	}

	@Test
	void anItemWithSeveralWordsTheSearchStartsIsCountedOnceWhicheverOfThemItsEditsLeave() {
		rows.insert(item("0621").description("Pump leaks, spare pumps ordered"));
		rows.insert(item("0622").description("Spare pumps"));
		rows.insert(item("0623").description("Hatch gasket"));

		assertThat(dashboard(null, "pump", WorkItemSort.ITEM_NUMBER, 1, 25).statusCounts()).isEqualTo(Map.of("Submitted", 2L));

		// "pump" comes before "pumps" in 0622 and leaves 0621, whose first word starting so is "pumps" again.
		jdbc.sql("UPDATE work_items SET description = 'Pump and spare pumps', status = 'Needs Revision' WHERE item_number = '0622'")
			.update();
		jdbc.sql("UPDATE work_items SET description = 'Spare pumps ordered' WHERE item_number = '0621'").update();

		for (String search : List.of("pump", "PUM SPA", "s pu")) {
			WorkItemPage page = dashboard(null, search, WorkItemSort.ITEM_NUMBER, 1, 25);
			assertThat(numbers(page)).as(search).containsExactly("0621", "0622");
			assertThat(page.statusCounts()).as(search).isEqualTo(Map.of("Submitted", 1L, "Needs Revision", 1L));
		}
	}

	@Test
	void aSearchsCountsStayTheSameWhenTheWordCountsAreMerged() {
		rows.insert(item("0631").description("Pump seal leak"));
		rows.insert(item("0632").description("Spare pumps").status("Needs Revision"));
		rows.insert(item("0633").description("Pump casing"));
		jdbc.sql("UPDATE work_items SET status = 'Completed Review' WHERE item_number = '0631'").update();
		jdbc.sql("DELETE FROM work_items WHERE item_number = '0633'").update();
		Map<String, Long> expected = Map.of("Completed Review", 1L, "Needs Revision", 1L);
		assertThat(dashboard(null, "pum", WorkItemSort.ITEM_NUMBER, 1, 25).statusCounts()).isEqualTo(expected);

		searchWordCounts.compact();

		WorkItemPage page = dashboard(null, "pum", WorkItemSort.ITEM_NUMBER, 1, 25);
		assertThat(page.statusCounts()).isEqualTo(expected);
		assertThat(numbers(page)).containsExactly("0631", "0632");
	}

	@Test
	void pagesSplitTheItemsAndSayWhichAreShown() {
		insertItems(30);

		WorkItemPage first = dashboard(null, null, WorkItemSort.DATE_DESC, 1, 25);
		WorkItemPage second = dashboard(null, null, WorkItemSort.DATE_DESC, 2, 25);

		assertThat(first.items()).hasSize(25);
		assertThat(first.items().getFirst().itemNumber()).isEqualTo("1030");
		assertThat(List.of(first.firstShown(), first.lastShown(), first.total())).containsExactly(1L, 25L, 30L);
		assertThat(first.pageCount()).isEqualTo(2);
		assertThat(numbers(second)).containsExactly("1005", "1004", "1003", "1002", "1001");
		assertThat(List.of(second.firstShown(), second.lastShown(), second.total())).containsExactly(26L, 30L, 30L);
	}

	@Test
	void aPagePastTheEndShowsTheLastPage() {
		insertItems(30);

		WorkItemPage page = dashboard(null, null, WorkItemSort.DATE_DESC, 9, 25);

		assertThat(page.page()).isEqualTo(2);
		assertThat(numbers(page)).hasSize(5);
	}

	@Test
	void noItemsShowZeroToZeroOfZero() {
		WorkItemPage page = dashboard(null, null, WorkItemSort.DATE_DESC, 1, 25);

		assertThat(page.items()).isEmpty();
		assertThat(List.of(page.firstShown(), page.lastShown(), page.total())).containsExactly(0L, 0L, 0L);
		assertThat(page.pageCount()).isEqualTo(1);
	}

	@Test
	void eachRowCarriesItsPhotosInOrderAndFlaskPhotosStandInForTheirThumbnails() {
		int pump = rows.insert(item("0701"));
		rows.addPhoto(pump, "aaaa.jpg", "Nameplate");
		rows.addPhoto(pump, "bbbb.jpg", "Seal");
		rows.insert(item("0702"));

		WorkItemPage page = dashboard(null, null, WorkItemSort.ITEM_NUMBER, 1, 25);

		WorkItemSummary withPhotos = page.items().getFirst();
		assertThat(withPhotos.photoCount()).isEqualTo(2);
		assertThat(withPhotos.photos()).extracting(PhotoTile::caption, PhotoTile::displayFile, PhotoTile::thumbnailFile)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Nameplate", "aaaa.jpg", "aaaa.jpg"),
					org.assertj.core.groups.Tuple.tuple("Seal", "bbbb.jpg", "bbbb.jpg"));
		assertThat(page.items().get(1).photos()).isEmpty();
		assertThat(page.items().get(1).photoCount()).isZero();
	}

	@ParameterizedTest
	@ValueSource(ints = { 25, 100 })
	void theDashboardTakesThreeStatementsWhateverThePageHolds(int items) {
		for (int id : insertItems(items)) {
			rows.addPhoto(id, "display-" + id + ".jpg", "First");
			rows.addPhoto(id, "other-" + id + ".jpg", "Second");
		}

		WorkItemPage[] page = new WorkItemPage[1];
		int counted = statements.count(() -> page[0] = dashboard(null, null, WorkItemSort.DATE_DESC, 1, items));

		assertThat(page[0].items()).hasSize(items).allSatisfy(item -> assertThat(item.photos()).hasSize(2));
		assertThat(counted).as("statements for a page of %d items with photos", items).isEqualTo(3);
	}

	@Test
	void theFirstDraftNumberIsTwentyAfterTheFlaskCatalog() {
		assertThat(itemNumbers.nextDraft()).isEqualTo("DRAFT_0020");

		rows.insert(item("DRAFT_0005"));

		assertThat(itemNumbers.nextDraft()).isEqualTo("DRAFT_0020");
	}

	@Test
	void theNextDraftNumberFollowsTheHighestInUse() {
		rows.insert(item("DRAFT_0020"));
		rows.insert(item("DRAFT_0031"));
		rows.insert(item("DRAFT_0022"));

		assertThat(itemNumbers.nextDraft()).isEqualTo("DRAFT_0032");
	}

	@Test
	void draftNumbersThatAreNotAllDigitsAreIgnored() {
		rows.insert(item("DRAFT_0040"));
		for (String other : List.of("DRAFT_abc", "DRAFT_0041x", "DRAFT_", "DRAFT_12345678901", "draft_0500", "XDRAFT_0900",
				"DRAFT-0700", "0800")) {
			rows.insert(item(other));
		}

		assertThat(itemNumbers.nextDraft()).isEqualTo("DRAFT_0041");
	}

	private WorkItemPage dashboard(String status, String search, WorkItemSort sort, int page, int perPage) {
		return queries.dashboard(new WorkItemFilter(status, search, sort, page, perPage));
	}

	/** Items 1001, 1002, ... submitted a minute apart, so newest first is the highest number. */
	private int[] insertItems(int count) {
		int[] ids = new int[count];
		for (int i = 0; i < count; i++) {
			ids[i] = rows.insert(item(Integer.toString(1001 + i)).submittedAt(MONDAY.plusMinutes(i)));
		}
		return ids;
	}

	private static List<String> numbers(WorkItemPage page) {
		return page.items().stream().map(WorkItemSummary::itemNumber).toList();
	}

}

package drydock.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import drydock.workitem.WorkItemSort;

class DashboardRequestTest {

	private static final DashboardProperties PROPERTIES = new DashboardProperties(25, 100);

	@Test
	void withoutParametersItIsTheFirstPageOfEverythingNewestFirst() {
		assertThat(request(null, null, null, null, null))
			.isEqualTo(new DashboardRequest(null, null, WorkItemSort.DATE_DESC, 1, 25));
	}

	@ParameterizedTest
	@CsvSource(nullValues = "null", value = { "0, 1", "-3, 1", "abc, 1", "'', 1", "' 7 ', 7", "2.5, 1", "99999999999, 1",
			"null, 1", "4, 4" })
	void aPageNumberIsAtLeastOne(String page, int expected) {
		assertThat(request(null, null, null, page, null).page()).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource(nullValues = "null", value = { "0, 1", "-10, 1", "101, 100", "5000, 100", "abc, 25", "'', 25", "null, 25",
			"10, 10", "100, 100" })
	void aPageSizeIsClampedToTheAllowedRange(String perPage, int expected) {
		assertThat(request(null, null, null, null, perPage).perPage()).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "date_desc, DATE_DESC", "date_asc, DATE_ASC", "item_number, ITEM_NUMBER", "submitter, SUBMITTER" })
	void eachSortIsNamedByItsParameter(String param, WorkItemSort expected) {
		assertThat(request(null, null, param, null, null).sort()).isEqualTo(expected);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "DATE_ASC", "status; DROP TABLE work_items", "random" })
	void anUnknownSortIsNewestFirst(String sort) {
		assertThat(request(null, null, sort, null, null).sort()).isEqualTo(WorkItemSort.DATE_DESC);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "all", "  " })
	void allStatusesIsNoStatusFilter(String status) {
		assertThat(request(status, null, null, null, null).status()).isNull();
	}

	@Test
	void aSearchIsTrimmedAndBlankMeansNone() {
		assertThat(request(null, "  pump seal ", null, null, null).search()).isEqualTo("pump seal");
		assertThat(request(null, "   ", null, null, null).search()).isNull();
	}

	@Test
	void linksKeepTheFiltersAndChoosingAStatusStartsAtPageOne() {
		DashboardRequest request = request("Needs Revision", "pump & seal", "submitter", "3", "10");

		assertThat(request.url())
			.isEqualTo("/admin/dashboard?status=Needs%20Revision&search=pump%20%26%20seal&sort=submitter&page=3&per_page=10");
		assertThat(request.withStatus("Submitted").url())
			.isEqualTo("/admin/dashboard?status=Submitted&search=pump%20%26%20seal&sort=submitter&per_page=10");
	}

	@Test
	void linksGiveTheServerBackTheSearchAndStatusAsTyped() {
		for (String typed : List.of("C++ 1+2", "a=b&c=d", "50% #3 /aft?", "ÅSE ø 𝔄")) {
			DashboardRequest request = request(typed, typed, null, "2", null);

			// Decoded as a servlet container decodes a query string: "+" is a space there.
			Map<String, String> query = new LinkedHashMap<>();
			for (String pair : request.url().substring(request.url().indexOf('?') + 1).split("&")) {
				String[] parts = pair.split("=", 2);
				query.put(parts[0], URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
			}
			assertThat(query).as(typed).containsEntry("search", typed).containsEntry("status", typed).containsEntry("page", "2");
		}
	}

	@Test
	void pageLinksShowBothEndsAndTwoEitherSideWithGaps() {
		assertThat(request(null, null, null, "10", null).pageLinks(20)).containsExactly(1, 0, 8, 9, 10, 11, 12, 0, 20);
		assertThat(request(null, null, null, "1", null).pageLinks(4)).containsExactly(1, 2, 3, 4);
	}

	private static DashboardRequest request(String status, String search, String sort, String page, String perPage) {
		return DashboardRequest.of(status, search, sort, page, perPage, PROPERTIES);
	}

}

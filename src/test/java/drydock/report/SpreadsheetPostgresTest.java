package drydock.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import drydock.testing.TestPostgres;
import drydock.testing.ThrowAwayPostgres;
import drydock.testing.WorkItemRows;
import drydock.workitem.WorkItemFilter;
import drydock.workitem.WorkItemQueries;
import drydock.workitem.WorkItemSort;
import drydock.workitem.WorkItemSummary;

/**
 * The spreadsheet on PostgreSQL, where rows come from a server-side cursor (fetch size inside
 * the read-only transaction): more rows than one fetch, in the dashboard's order.
 */
@ContextConfiguration(initializers = ThrowAwayPostgres.class)
@DirtiesContext
class SpreadsheetPostgresTest extends ReportIntegrationTest {

	@Autowired
	WorkItemQueries queries;

	@BeforeAll
	static void needsPostgres() {
		TestPostgres.assumeAvailable();
	}

	@Test
	void rowsStreamFromTheCursorInTheDashboardsOrder() throws Exception {
		for (int i = 0; i < 1234; i++) {
			rows.insert(WorkItemRows.item("PG-" + i)
				.description(i % 5 == 0 ? "Needle item " + i : "Other item " + i)
				.submitter(i % 2 == 0 ? "DP" : "AL")
				.submittedAt(LocalDateTime.of(2025, 1, 1, 0, 0).plusMinutes(i % 600))
				.status(i % 3 == 0 ? "Needs Revision" : "Submitted"));
		}

		assertThat(export(null, "submitter")).hasSize(1234).containsExactlyElementsOf(dashboard(null, WorkItemSort.SUBMITTER));
		assertThat(export("needle", "date_asc")).hasSize(247)
			.containsExactlyElementsOf(dashboard("needle", WorkItemSort.DATE_ASC));
	}

	private List<String> dashboard(String search, WorkItemSort sort) {
		List<String> numbers = new ArrayList<>();
		for (int page = 1;; page++) {
			List<WorkItemSummary> items = queries.dashboard(new WorkItemFilter(null, search, sort, page, 100)).items();
			if (page > 1 && numbers.contains(items.getFirst().itemNumber())) {
				return numbers; // past the end, the dashboard shows its last page again
			}
			items.forEach(item -> numbers.add(item.itemNumber()));
		}
	}

	private List<String> export(String search, String sort) throws Exception {
		MockHttpServletRequestBuilder download = get("/admin/download-spreadsheet").param("sort", sort)
			.with(admin());
		if (search != null) {
			download.param("search", search);
		}
		MvcResult started = mvc.perform(download).andExpect(request().asyncStarted()).andReturn();
		started.getAsyncResult();
		mvc.perform(asyncDispatch(started)).andExpect(status().isOk());
		List<String> numbers = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(started.getResponse().getContentAsByteArray()))) {
			for (Row row : workbook.getSheetAt(0)) {
				if (row.getRowNum() > 0) {
					numbers.add(row.getCell(0).getStringCellValue());
				}
			}
		}
		return numbers;
	}

}

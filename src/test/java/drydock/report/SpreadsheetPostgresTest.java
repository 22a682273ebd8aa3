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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import drydock.testing.TestPostgres;
import drydock.workitem.WorkItemFilter;
import drydock.workitem.WorkItemQueries;
import drydock.workitem.WorkItemSort;
import drydock.workitem.WorkItemSummary;

/**
 * The spreadsheet on PostgreSQL, where rows come from a server-side cursor (fetch size inside
 * the read-only transaction): more rows than one fetch, in the dashboard's order.
 */
@SpringBootTest(properties = { "drydock.access.admin-password=admin-password-for-tests",
		"drydock.access.crew-password=crew-password-for-tests" })
@AutoConfigureMockMvc
@DirtiesContext
class SpreadsheetPostgresTest {

	private static TestPostgres database;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WorkItemQueries queries;

	@BeforeAll
	static void createDatabase() {
		database = TestPostgres.create("report");
	}

	@AfterAll
	static void dropDatabase() {
		if (database != null) {
			database.close();
		}
	}

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> database.jdbcUrl());
		registry.add("drydock.data-dir", () -> System.getProperty("java.io.tmpdir") + "/drydock-report-postgres");
	}

	@Test
	void rowsStreamFromTheCursorInTheDashboardsOrder() throws Exception {
		for (int i = 0; i < 1234; i++) {
			jdbc.sql("INSERT INTO work_items (item_number, location, ns_equipment, description, detail, submitter_name, "
					+ "submitted_at, status) VALUES (:number, 'Hold', 'N/A', :description, 'Detail', :who, :at, :status)")
				.param("number", "PG-" + i)
				.param("description", i % 5 == 0 ? "Needle item " + i : "Other item " + i)
				.param("who", i % 2 == 0 ? "DP" : "AL")
				.param("at", LocalDateTime.of(2025, 1, 1, 0, 0).plusMinutes(i % 600))
				.param("status", i % 3 == 0 ? "Needs Revision" : "Submitted")
				.update();
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
			.with(ReportIntegrationTest.admin());
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

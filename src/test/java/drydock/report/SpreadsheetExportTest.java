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

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

import drydock.workitem.WorkItemFilter;
import drydock.workitem.WorkItemQueries;
import drydock.workitem.WorkItemSort;
import drydock.workitem.WorkItemSummary;

class SpreadsheetExportTest extends ReportIntegrationTest {

	@Autowired
	WorkItemQueries queries;

	@Test
	void rowsAreTheDashboardsItemsForTheSameFilterSearchAndSort() throws Exception {
		String token = unique("sheet");
		for (int i = 0; i < 12; i++) {
			insertItem(unique("X"), "Deck " + i, "Item " + token + " " + i, i % 4 == 0 ? "Completed Review" : "Submitted",
					LocalDateTime.of(2025, 2, 1 + (i * 7) % 12, 10, i));
		}
		for (WorkItemSort sort : WorkItemSort.values()) {
			for (String status : new String[] { null, "Submitted" }) {
				List<String> dashboard = queries.dashboard(new WorkItemFilter(status, token, sort, 1, 100))
					.items()
					.stream()
					.map(WorkItemSummary::itemNumber)
					.toList();

				List<String> spreadsheet = new ArrayList<>();
				try (XSSFWorkbook workbook = export("/admin/download-spreadsheet?search=" + token.toUpperCase()
						+ "&sort=" + sort.param() + (status == null ? "" : "&status=" + status) + "&page=3&per_page=1")) {
					Sheet sheet = workbook.getSheetAt(0);
					for (Row row : sheet) {
						if (row.getRowNum() > 0) {
							spreadsheet.add(row.getCell(0).getStringCellValue());
						}
					}
				}
				assertThat(spreadsheet).as("sort %s, status %s", sort, status)
					.hasSize(status == null ? 12 : 9)
					.containsExactlyElementsOf(dashboard);
			}
		}
	}

	@Test
	void eachRowHoldsEveryColumnTheYardPricesFrom() throws Exception {
		String number = unique("R");
		int id = insertItem(number, "Lazarette", "Rudder stock packing =1+2", "Needs Revision",
				LocalDateTime.of(2025, 4, 9, 16, 45));
		jdbc.sql("UPDATE work_items SET assigned_to = 'AL', last_modified_at = :at, detail = :detail WHERE id = :id")
			.param("at", LocalDateTime.of(2025, 4, 10, 7, 30))
			.param("detail", "Repack\u0000 gland\nand test")
			.param("id", id)
			.update();
		addPhoto(id, PHOTO_320X240, "one");
		addPhoto(id, PHOTO_576X432, "two");

		try (XSSFWorkbook workbook = export("/admin/download-spreadsheet?search=" + number)) {
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter format = new DataFormatter();
			assertThat(cells(sheet.getRow(0), format)).containsExactlyElementsOf(WorkListSpreadsheet.HEADERS);
			assertThat(cells(sheet.getRow(1), format)).containsExactly(number, "Lazarette", "Rudder stock packing =1+2",
					"Repack gland\nand test", "OFM for " + number, "DP", "Needs Revision", "AL", "2025-04-09 16:45",
					"2025-04-10 07:30", "2");
			assertThat(sheet.getRow(1).getCell(2).getCellType()).as("text is never a formula")
				.isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
			assertThat(sheet.getLastRowNum()).isEqualTo(1);
		}
	}

	private XSSFWorkbook export(String url) throws Exception {
		MvcResult started = mvc.perform(get(url).with(admin())).andExpect(request().asyncStarted()).andReturn();
		started.getAsyncResult();
		mvc.perform(asyncDispatch(started)).andExpect(status().isOk());
		assertThat(started.getResponse().getContentType())
			.isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		return new XSSFWorkbook(new ByteArrayInputStream(started.getResponse().getContentAsByteArray()));
	}

	private static List<String> cells(Row row, DataFormatter format) {
		List<String> values = new ArrayList<>();
		for (int column = 0; column < WorkListSpreadsheet.HEADERS.size(); column++) {
			Cell cell = row.getCell(column);
			values.add(cell == null ? "" : format.formatCellValue(cell));
		}
		return values;
	}

}

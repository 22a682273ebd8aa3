package drydock.report;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.DeferredSXSSFSheet;
import org.apache.poi.xssf.streaming.DeferredSXSSFWorkbook;
import org.springframework.stereotype.Component;

import drydock.workitem.WorkItemExports;
import drydock.workitem.WorkItemFilter;

/**
 * The dashboard's list as an .xlsx for the yard to price: every item the filter matches, in
 * the dashboard's order. Rows go from a database cursor through POI's streaming writer
 * straight to the output (no temporary file); only a window of rows is ever in memory.
 */
@Component
class WorkListSpreadsheet {

	static final List<String> HEADERS = List.of("Item number", "Location", "Description", "Detail",
			"References (OFM)", "Submitted by", "Status", "Assigned to", "Submitted (UTC)", "Last modified (UTC)",
			"Photos");

	/** Rows kept in memory before they are written out. */
	private static final int ROW_WINDOW = 100;

	private static final int[] COLUMN_WIDTHS = { 14, 24, 40, 60, 30, 16, 18, 16, 17, 17, 8 };

	private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

	private final WorkItemExports exports;

	WorkListSpreadsheet(WorkItemExports exports) {
		this.exports = exports;
	}

	void write(WorkItemFilter filter, OutputStream out) throws IOException {
		try (DeferredSXSSFWorkbook workbook = new DeferredSXSSFWorkbook(ROW_WINDOW)) {
			CellStyle header = workbook.createCellStyle();
			Font bold = workbook.createFont();
			bold.setBold(true);
			header.setFont(bold);
			CellStyle time = workbook.createCellStyle();
			time.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
			// Every cell gets a style of its own: a cell without one looks up its column's, slowly, once per cell.
			CellStyle plain = workbook.createCellStyle();
			DeferredSXSSFSheet sheet = workbook.createSheet("Work items");
			for (int column = 0; column < COLUMN_WIDTHS.length; column++) {
				sheet.setColumnWidth(column, COLUMN_WIDTHS[column] * 256);
			}
			sheet.createFreezePane(0, 1);
			sheet.setRowGenerator(rows -> {
				Row headings = rows.createRow(0);
				for (int column = 0; column < HEADERS.size(); column++) {
					Cell cell = headings.createCell(column);
					cell.setCellValue(HEADERS.get(column));
					cell.setCellStyle(header);
				}
				int[] next = { 1 };
				exports.forEachRow(filter, item -> {
					Row row = rows.createRow(next[0]++);
					text(row, 0, item.itemNumber(), plain);
					text(row, 1, item.location(), plain);
					text(row, 2, item.description(), plain);
					text(row, 3, item.detail(), plain);
					text(row, 4, item.references(), plain);
					text(row, 5, item.submitterName(), plain);
					text(row, 6, item.status(), plain);
					text(row, 7, item.assignedTo(), plain);
					time(row, 8, item.submittedAt(), time);
					time(row, 9, item.lastModifiedAt(), time);
					Cell photos = row.createCell(10);
					photos.setCellValue(item.photoCount());
					photos.setCellStyle(plain);
				});
			});
			workbook.write(out);
		}
	}

	/** Text as a string cell, never a formula; cut at the most a cell holds. */
	private static void text(Row row, int column, String value, CellStyle style) {
		if (value == null || value.isEmpty()) {
			return;
		}
		String clean = XmlText.clean(value);
		if (clean.length() > MAX_TEXT) {
			int end = Character.isHighSurrogate(clean.charAt(MAX_TEXT - 1)) ? MAX_TEXT - 1 : MAX_TEXT;
			clean = clean.substring(0, end);
		}
		Cell cell = row.createCell(column);
		cell.setCellValue(clean);
		cell.setCellStyle(style);
	}

	private static void time(Row row, int column, LocalDateTime value, CellStyle style) {
		if (value == null) {
			return;
		}
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		cell.setCellStyle(style);
	}

}

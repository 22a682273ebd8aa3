package drydock.admin;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import gg.jte.TemplateOutput;
import gg.jte.output.Utf8ByteOutput;

import drydock.workitem.WorkItemSummary;

/**
 * The dashboard table's rows as escaped HTML, rendered once per cached page rather than on
 * every request. They hold only what the items hold (nothing about who looks: no CSRF token,
 * no name, no selection), so every admin may be shown the same rows.
 */
public record DashboardRows(byte[] utf8) implements Content, Serializable {

	private static final String TEMPLATE = "admin/dashboardRows.jte";

	static DashboardRows render(TemplateEngine templates, List<WorkItemSummary> items) {
		// Kept encoded: a page rendered into UTF-8 bytes takes them as they are, without encoding 100 rows again.
		Utf8ByteOutput output = new Utf8ByteOutput();
		templates.render(TEMPLATE, Map.of("items", items), output);
		return new DashboardRows(output.toByteArray());
	}

	@Override
	public void writeTo(TemplateOutput output) {
		output.writeBinaryContent(utf8);
	}

}

package drydock.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;

/** A written .docx read back with POI, as the tests look at it: paragraphs in order and pictures' sizes. */
record DocxReader(XWPFDocument document) {

	static DocxReader read(byte[] bytes) {
		try {
			return new DocxReader(new XWPFDocument(new ByteArrayInputStream(bytes)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	List<String> texts() {
		return document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
	}

	/** Each inline picture's displayed size in EMU, {width, height}, in document order. */
	List<long[]> pictureExtents() {
		List<long[]> extents = new ArrayList<>();
		for (XWPFParagraph paragraph : document.getParagraphs()) {
			for (XWPFRun run : paragraph.getRuns()) {
				for (var drawing : run.getCTR().getDrawingList()) {
					for (CTInline inline : drawing.getInlineList()) {
						extents.add(new long[] { ((Number) inline.getExtent().getCx()).longValue(),
								((Number) inline.getExtent().getCy()).longValue() });
					}
				}
			}
		}
		return extents;
	}

	XWPFParagraph paragraphWith(String text) {
		return document.getParagraphs()
			.stream()
			.filter(paragraph -> paragraph.getText().equals(text))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No paragraph reads \"" + text + "\" in " + texts()));
	}

}

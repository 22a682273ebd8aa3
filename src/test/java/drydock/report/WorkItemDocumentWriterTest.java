package drydock.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import drydock.photo.PhotoProperties;
import drydock.photo.PhotoStore;
import drydock.workitem.CaptionedPhoto;
import drydock.workitem.WorkItemContent;

class WorkItemDocumentWriterTest {

	private static final LocalDateTime SUBMITTED = LocalDateTime.of(2025, 3, 14, 9, 26, 53);

	@TempDir
	Path uploads;

	private WorkItemDocumentWriter writer;

	@BeforeEach
	void setUp() throws IOException {
		writer = new WorkItemDocumentWriter(new PhotoStore(new PhotoProperties(uploads, 576, 6, null)));
		copy("/images/jpeg-small-320x240.jpg", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.jpg");
		copy("/legacy/uploads/7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d.jpg", "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb.jpg");
		copy("/images/png-palette-256.png", "cccccccccccccccccccccccccccccccc.png");
		copy("/images/text-renamed.jpg", "dddddddddddddddddddddddddddddddd.jpg");
	}

	@Test
	void readsAsTheFlaskDocumentDid() {
		DocxReader docx = DocxReader.read(write(item("Bolts and\nsealant", List.of(photo(1, "Port side, aft", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.jpg"),
				photo(2, "Close-up", "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb.jpg"), photo(3, "Plan", "cccccccccccccccccccccccccccccccc.png")))));

		assertThat(docx.texts()).containsExactly("WORK ITEM DRAFT TEMPLATE", "", "Item NO.: 0101",
				"Location: Pilot house", "", "Description:", "Replace the windows", "", "Detail:",
				"Remove old glazing.\nFit new seals.", "", "Operator Furnished Material (OFM):", "Bolts and\nsealant", "",
				"PHOTOS", "", "", "Photo 1 Caption: Port side, aft", "", "", "Photo 2 Caption: Close-up", "", "",
				"Photo 3 Caption: Plan", "", "", "Submitted by: DP | Date: 2025-03-14 09:26");
	}

	@Test
	void picturesAreFourInchesWideAtTheirOwnProportions() {
		DocxReader docx = DocxReader.read(write(item(null, List.of(photo(1, "a", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.jpg"),
				photo(2, "b", "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb.jpg"), photo(3, "c", "cccccccccccccccccccccccccccccccc.png")))));

		assertThat(docx.document().getAllPictures()).hasSize(3);
		assertThat(docx.pictureExtents()).extracting(extent -> extent[0]).containsOnly(3_657_600L);
		// 320x240, 576x432 and 1296x972 are all 4:3: three inches high.
		assertThat(docx.pictureExtents()).extracting(extent -> extent[1]).containsOnly(2_743_200L);
		// Each picture sits in its own paragraph right before its caption.
		List<XWPFParagraph> paragraphs = docx.document().getParagraphs();
		int caption = paragraphs.indexOf(docx.paragraphWith("Photo 2 Caption: b"));
		assertThat(paragraphs.get(caption - 1).getRuns().getFirst().getEmbeddedPictures()).hasSize(1);
	}

	@Test
	void fontsSizesAndEmphasisFollowTheFlaskLayout() {
		DocxReader docx = DocxReader.read(write(item("OFM", List.of(photo(1, "Port side", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.jpg")))));

		assertThat(docx.document().getStyles().getDefaultRunStyle().getFontSize()).isEqualTo(11);
		XWPFParagraph title = docx.paragraphWith("WORK ITEM DRAFT TEMPLATE");
		assertThat(title.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
		assertThat(title.getRuns().getFirst().isBold()).isTrue();
		assertThat(title.getRuns().getFirst().getFontSizeAsDouble()).isEqualTo(14.0);

		XWPFParagraph number = docx.paragraphWith("Item NO.: 0101");
		assertThat(number.getRuns()).extracting(XWPFRun::text).containsExactly("Item NO.: ", "0101");
		assertThat(number.getRuns()).extracting(XWPFRun::isBold).containsExactly(true, false);
		assertThat(number.getRuns()).extracting(XWPFRun::getFontFamily).containsOnly("Calibri");
		assertThat(number.getRuns()).extracting(XWPFRun::getFontSizeAsDouble).containsOnly(11.0);

		for (String heading : List.of("Description:", "Detail:", "Operator Furnished Material (OFM):", "PHOTOS")) {
			XWPFRun run = docx.paragraphWith(heading).getRuns().getFirst();
			assertThat(run.isBold()).as(heading).isTrue();
			assertThat(run.getFontSizeAsDouble()).as(heading).isEqualTo(12.0);
		}
		XWPFParagraph caption = docx.paragraphWith("Photo 1 Caption: Port side");
		assertThat(caption.getRuns()).extracting(XWPFRun::isItalic).containsExactly(true, false);

		XWPFRun footer = docx.paragraphWith("Submitted by: DP | Date: 2025-03-14 09:26").getRuns().getFirst();
		assertThat(footer.getFontSizeAsDouble()).isEqualTo(9.0);
		assertThat(footer.getColor()).isEqualTo("808080");
	}

	@Test
	void noReferencesMeansNoOfmSection() {
		DocxReader docx = DocxReader.read(write(item("  ", List.of())));

		assertThat(docx.texts()).doesNotContain("Operator Furnished Material (OFM):")
			.containsSequence("Remove old glazing.\nFit new seals.", "", "PHOTOS", "", "",
					"Submitted by: DP | Date: 2025-03-14 09:26");
	}

	@Test
	void aMissingOrUnreadablePhotoLeavesAVisibleLineAndTheRestOfTheDocument() {
		DocxReader docx = DocxReader.read(write(item(null, List.of(photo(1, "gone", "eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee.jpg"),
				photo(2, "not a picture", "dddddddddddddddddddddddddddddddd.jpg"), photo(3, "fine", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.jpg")))));

		assertThat(docx.texts()).containsSequence("[Photo not found: eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee.jpg]",
				"Photo 1 Caption: gone");
		assertThat(docx.texts()).containsSequence("[Error loading photo: dddddddddddddddddddddddddddddddd.jpg]",
				"Photo 2 Caption: not a picture");
		assertThat(docx.document().getAllPictures()).hasSize(1);
		assertThat(docx.texts()).contains("Photo 3 Caption: fine");
	}

	@Test
	void markupStaysTextAndCharactersXmlCannotCarryAreDropped() {
		String markup = "</w:t></w:r><w:r><w:t>injected & <b>bold</b> ]]> \"quoted\"";
		WorkItemContent item = new WorkItemContent(7, "0101", "Deck\u0000 1\u0007\u001B", markup,
				"tab\there\u000Bvertical\uFFFEend \uD83D\uDEA2", null, "DP", SUBMITTED,
				List.of(photo(1, "caption <w:br/>\u0001", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.jpg")));

		DocxReader docx = DocxReader.read(write(item));

		assertThat(docx.texts()).contains("Location: Deck 1", markup, "tab\thereverticalend \uD83D\uDEA2",
				"Photo 1 Caption: caption <w:br/>");
		assertThat(docx.texts()).filteredOn(text -> text.contains("injected")).hasSize(1);
	}

	private byte[] write(WorkItemContent item) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			writer.write(item, out);
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
		return out.toByteArray();
	}

	private static WorkItemContent item(String references, List<CaptionedPhoto> photos) {
		return new WorkItemContent(7, "0101", "Pilot house", "Replace the windows", "Remove old glazing.\r\nFit new seals.",
				references, "DP", SUBMITTED, photos);
	}

	private static CaptionedPhoto photo(int id, String caption, String file) {
		return new CaptionedPhoto(id, caption, file);
	}

	private void copy(String resource, String name) throws IOException {
		try (InputStream in = getClass().getResourceAsStream(resource)) {
			Files.copy(in, uploads.resolve(name));
		}
	}

}

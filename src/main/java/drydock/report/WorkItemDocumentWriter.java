package drydock.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.zip.Deflater;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import drydock.photo.PhotoStore;
import drydock.photo.PhotoType;
import drydock.web.Dates;
import drydock.workitem.CaptionedPhoto;
import drydock.workitem.WorkItemContent;

/**
 * Writes a work item as the Word document the yard receives, in the Flask app's layout:
 * title, number and location, description, detail, OFM, photos 4 inches wide with captions,
 * and a small grey "Submitted by" line. A photo that cannot be read becomes a visible line
 * instead of failing the document.
 */
@Component
class WorkItemDocumentWriter {

	static final String TITLE = "WORK ITEM DRAFT TEMPLATE";

	static final String FONT = "Calibri";

	/** The Flask app's {@code Inches(4)}: display photos are 576 px wide, 4 inches at 144 dpi. */
	static final int PHOTO_WIDTH_EMU = 4 * Units.EMU_PER_INCH;

	private static final int BODY_SIZE = 11;

	private static final int TITLE_SIZE = 14;

	private static final int HEADING_SIZE = 12;

	private static final int FOOTER_SIZE = 9;

	private static final String FOOTER_COLOUR = "808080";

	private static final Logger log = LoggerFactory.getLogger(WorkItemDocumentWriter.class);

	private final PhotoStore photoStore;

	WorkItemDocumentWriter(PhotoStore photoStore) {
		this.photoStore = photoStore;
	}

	void write(WorkItemContent item, OutputStream out) throws IOException {
		XWPFDocument document = new XWPFDocument();
		try {
			defaultFont(document);
			XWPFParagraph title = document.createParagraph();
			title.setAlignment(ParagraphAlignment.CENTER);
			XWPFRun titleRun = run(title, TITLE, TITLE_SIZE);
			titleRun.setBold(true);
			blank(document);
			labelled(document, "Item NO.: ", item.itemNumber());
			labelled(document, "Location: ", item.location());
			blank(document);
			section(document, "Description:", item.description());
			blank(document);
			section(document, "Detail:", item.detail());
			if (item.references() != null && !item.references().isBlank()) {
				blank(document);
				section(document, "Operator Furnished Material (OFM):", item.references());
			}
			blank(document);
			heading(document, "PHOTOS");
			List<CaptionedPhoto> photos = item.photos();
			for (int i = 0; i < photos.size(); i++) {
				blank(document);
				photo(document, item, photos.get(i), i + 1);
				XWPFParagraph caption = document.createParagraph();
				run(caption, "Photo " + (i + 1) + " Caption: ", BODY_SIZE).setItalic(true);
				run(caption, photos.get(i).caption(), BODY_SIZE);
			}
			blank(document);
			blank(document);
			XWPFRun footer = run(document.createParagraph(),
					"Submitted by: " + item.submitterName() + " | Date: " + Dates.format(item.submittedAt()), FOOTER_SIZE);
			footer.setColor(FOOTER_COLOUR);
			// The photos are JPEGs already: the fastest deflate level costs little and gains as much as any.
			ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out);
			zip.setLevel(Deflater.BEST_SPEED);
			document.write(zip);
		}
		finally {
			// Not close(): a new document's close() saves it all a second time, into a buffer nobody reads.
			document.getPackage().revert();
		}
	}

	private void photo(XWPFDocument document, WorkItemContent item, CaptionedPhoto photo, int number) {
		Optional<Path> file = photoStore.find(photo.displayFile());
		if (file.isEmpty()) {
			run(document.createParagraph(), "[Photo not found: " + photo.displayFile() + "]", BODY_SIZE);
			return;
		}
		try {
			byte[] bytes = Files.readAllBytes(file.get());
			PictureType type = switch (PhotoType.detect(bytes)) {
				case JPEG -> PictureType.JPEG;
				case PNG -> PictureType.PNG;
				case null, default -> throw new IOException("not a JPEG or PNG file");
			};
			int[] size = pixelSize(bytes);
			long height = Math.round((double) PHOTO_WIDTH_EMU * size[1] / size[0]);
			// A run of its own in a paragraph of its own, as python-docx's add_picture makes it.
			document.createParagraph()
				.createRun()
				.addPicture(new ByteArrayInputStream(bytes), type, "photo-" + number + "." + type.getExtension(),
						PHOTO_WIDTH_EMU, (int) height);
		}
		catch (IOException | InvalidFormatException ex) {
			log.warn("Photo {} of item {} left out of its document: {}", photo.id(), item.id(), ex.toString());
			run(document.createParagraph(), "[Error loading photo: " + photo.displayFile() + "]", BODY_SIZE);
		}
	}

	/** Width and height in pixels, from the image's header alone. */
	private static int[] pixelSize(byte[] image) throws IOException {
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				throw new IOException("no reader for this image");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				if (width <= 0 || height <= 0) {
					throw new IOException("image without size");
				}
				return new int[] { width, height };
			}
			finally {
				reader.dispose();
			}
		}
	}

	private static void labelled(XWPFDocument document, String label, String value) {
		XWPFParagraph paragraph = document.createParagraph();
		run(paragraph, label, BODY_SIZE).setBold(true);
		run(paragraph, value, BODY_SIZE);
	}

	private static void section(XWPFDocument document, String heading, String text) {
		heading(document, heading);
		run(document.createParagraph(), text, BODY_SIZE);
	}

	private static void heading(XWPFDocument document, String text) {
		run(document.createParagraph(), text, HEADING_SIZE).setBold(true);
	}

	private static void blank(XWPFDocument document) {
		document.createParagraph();
	}

	/** A run of text with its line breaks and tabs kept, as python-docx writes them. */
	private static XWPFRun run(XWPFParagraph paragraph, String text, int size) {
		XWPFRun run = paragraph.createRun();
		run.setFontFamily(FONT);
		run.setFontSize(size);
		String[] lines = XmlText.clean(text).replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
		for (int line = 0; line < lines.length; line++) {
			if (line > 0) {
				run.addBreak();
			}
			String[] cells = lines[line].split("\t", -1);
			for (int cell = 0; cell < cells.length; cell++) {
				if (cell > 0) {
					run.addTab();
				}
				if (!cells[cell].isEmpty()) {
					run.setText(cells[cell]);
				}
			}
		}
		return run;
	}

	/** Calibri 11 as the document's default and its Normal style, as the Flask app set it. */
	private static void defaultFont(XWPFDocument document) {
		CTStyles styles = CTStyles.Factory.newInstance();
		fontAndSize(styles.addNewDocDefaults().addNewRPrDefault().addNewRPr());
		CTStyle normal = styles.addNewStyle();
		normal.setType(STStyleType.PARAGRAPH);
		normal.setStyleId("Normal");
		normal.setDefault(true);
		normal.addNewName().setVal("Normal");
		normal.addNewQFormat();
		fontAndSize(normal.addNewRPr());
		document.createStyles().setStyles(styles);
	}

	private static void fontAndSize(CTRPr properties) {
		CTFonts fonts = properties.addNewRFonts();
		fonts.setAscii(FONT);
		fonts.setHAnsi(FONT);
		fonts.setCs(FONT);
		fonts.setEastAsia(FONT);
		BigInteger halfPoints = BigInteger.valueOf(BODY_SIZE * 2L);
		properties.addNewSz().setVal(halfPoints);
		properties.addNewSzCs().setVal(halfPoints);
	}

}

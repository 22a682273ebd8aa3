package drydock.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class DocumentDownloadTest extends ReportIntegrationTest {

	@Test
	void anAdminDownloadsTheItemsDocumentUnderTheFlaskName() throws Exception {
		String number = unique("D");
		int id = insertItem(number, "Engine room", "Replace the sea chest strainer gaskets", "Submitted",
				LocalDateTime.of(2025, 5, 2, 14, 7));
		addPhoto(id, PHOTO_576X432, "Strainer, port");
		addPhoto(id, "99999999999999999999999999999999.jpg", "Lost in the move");

		byte[] body = mvc.perform(get("/admin/download/" + id).with(admin()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type",
					"application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"" + number + "_Replace_the_sea_chest_strainer.docx\""))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		DocxReader docx = DocxReader.read(body);
		assertThat(docx.texts()).containsSubsequence("WORK ITEM DRAFT TEMPLATE", "Item NO.: " + number,
				"Location: Engine room", "Description:", "Replace the sea chest strainer gaskets", "Detail:",
				"Detail of " + number + "\nsecond line", "Operator Furnished Material (OFM):", "OFM for " + number,
				"PHOTOS", "Photo 1 Caption: Strainer, port", "[Photo not found: 99999999999999999999999999999999.jpg]",
				"Photo 2 Caption: Lost in the move", "Submitted by: DP | Date: 2025-05-02 14:07");
		assertThat(docx.pictureExtents()).singleElement()
			.satisfies(extent -> assertThat(extent).containsExactly(3_657_600L, 2_743_200L));
	}

	@Test
	void aNameOutsideAsciiIsSentAsRfc5987AndUnsafeCharactersAreReplaced() throws Exception {
		String number = unique("N");
		int id = insertItem(number, "Messe", "Küche: Spüle/Abfluss <ersetzen>?", "Submitted", LocalDateTime.now());

		mvc.perform(get("/admin/download/" + id).with(admin()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"" + number
					+ "_K_che__Sp_le_Abfluss__ersetzen.docx\"; filename*=UTF-8''" + number
					+ "_K%C3%BCche__Sp%C3%BCle_Abfluss__ersetzen.docx"));
	}

	@Test
	void anUnknownItemIsNotFound() throws Exception {
		mvc.perform(get("/admin/download/987654").with(admin())).andExpect(status().isNotFound());
	}

}

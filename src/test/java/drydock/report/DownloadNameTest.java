package drydock.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DownloadNameTest {

	@Test
	void isTheItemNumberAndTheFirstThirtyCharactersOfTheDescription() {
		assertThat(DownloadName.forDocument("0101", "Pilot House Windows replacement, all six panes"))
			.isEqualTo("0101_Pilot_House_Windows_replacemen.docx");
	}

	@Test
	void cannotNameAnotherFolderOrAHiddenFile() {
		assertThat(DownloadName.forDocument("../..", "..\\etc/passwd")).isEqualTo("_._.._.._etc_passwd.docx");
		assertThat(DownloadName.forDocument("C:\\x", "a\u0000b\nc")).isEqualTo("C__x_a_b_c.docx");
	}

	@Test
	void countsCharactersNotUtf16Units() {
		String ships = "\uD83D\uDEA2".repeat(31);
		assertThat(DownloadName.forDocument("7", ships)).isEqualTo("7_" + "_".repeat(30) + ".docx");
		assertThat(DownloadName.forDocument("7", "Ü".repeat(31))).isEqualTo("7_" + "Ü".repeat(30) + ".docx");
	}

	@Test
	void contentDispositionFallsBackToAsciiAndCarriesTheExactNameAsRfc5987() {
		assertThat(DownloadName.contentDisposition("0101_Deck.docx")).isEqualTo("attachment; filename=\"0101_Deck.docx\"");
		assertThat(DownloadName.contentDisposition("0101_Küche (2).docx"))
			.isEqualTo("attachment; filename=\"0101_K_che (2).docx\"; filename*=UTF-8''0101_K%C3%BCche%20%282%29.docx");
	}

	@Test
	void numbersASecondNameBeforeItsExtension() {
		assertThat(DownloadName.numbered("0101_Deck.docx", 2)).isEqualTo("0101_Deck_2.docx");
	}

}

package drydock.workitem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ItemNumbersTest {

	@ParameterizedTest
	@CsvSource({ "'0101 - Pilot House Windows', 0101", "0101, 0101", "'  0101  ', 0101",
			"'DRAFT_0001 - Replace All A/C Units', DRAFT_0001", "'0117 - Frames 66/70 for GMS Installation', 0117",
			"'0958 - Propeller Clean/Polish & Hull', 0958", "'A-12', A-12", "'  X 7 - Title - Subtitle ', X 7" })
	void aCatalogEntryOrATypedNumberMeansTheNumber(String entered, String number) {
		assertThat(ItemNumbers.normalize(entered)).contains(number);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "   ", "\t" })
	void blankMeansNoNumberChosen(String entered) {
		assertThat(ItemNumbers.normalize(entered)).isEmpty();
	}

}

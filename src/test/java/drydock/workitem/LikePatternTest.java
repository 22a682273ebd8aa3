package drydock.workitem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The dashboard search's LIKE pattern; the queries themselves are tested against both databases. */
class LikePatternTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "pump|%pump%", "Pump SEAL|%pump seal%", "  seal  |%seal%", "50%|%50\\%%",
			"FR_42|%fr\\_42%", "C:\\temp|%c:\\\\temp%", "\\%_|%\\\\\\%\\_%" })
	void theSearchIsContainedLowerCasedWithWildcardsTakenLiterally(String search, String pattern) {
		assertThat(WorkItemQueries.likePattern(search)).isEqualTo(pattern);
	}

}

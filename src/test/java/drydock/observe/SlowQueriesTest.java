package drydock.observe;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class SlowQueriesTest {

	private final SlowQueries slowQueries = new SlowQueries(new ObserveProperties("1", Duration.ofMillis(100)),
			Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC));

	@AfterEach
	void forgetRequest() {
		CurrentRequest.clear();
	}

	@Test
	void logsAndKeepsStatementsSlowerThanTheThresholdWithTheRequestThatRanThem(CapturedOutput output) {
		CurrentRequest.set("GET /admin/dashboard");
		run("SELECT fast", 99);
		run("SELECT slow", 250);

		assertThat(slowQueries.recent()).singleElement().satisfies(query -> {
			assertThat(query.sql()).isEqualTo("SELECT slow");
			assertThat(query.millis()).isEqualTo(250);
			assertThat(query.request()).isEqualTo("GET /admin/dashboard");
		});
		assertThat(output).contains("Slow SQL: 250 ms during GET /admin/dashboard: SELECT slow")
			.doesNotContain("SELECT fast");
	}

	@Test
	void keepsOnlyTheLatestTwentyNewestFirst() {
		for (int i = 1; i <= 25; i++) {
			run("SELECT " + i, 100 + i);
		}

		List<SlowQueries.SlowQuery> recent = slowQueries.recent();
		assertThat(recent).hasSize(20);
		assertThat(recent.getFirst().sql()).isEqualTo("SELECT 25");
		assertThat(recent.getLast().sql()).isEqualTo("SELECT 6");
		assertThat(recent.getFirst().request()).isEqualTo("(no request)");
	}

	@Test
	void readsTheFlaskThresholdInSecondsAndDurations() {
		assertThat(ObserveProperties.parse("1.0", Duration.ZERO)).isEqualTo(Duration.ofSeconds(1));
		assertThat(ObserveProperties.parse("0.25", Duration.ZERO)).isEqualTo(Duration.ofMillis(250));
		assertThat(ObserveProperties.parse("750ms", Duration.ZERO)).isEqualTo(Duration.ofMillis(750));
		assertThat(ObserveProperties.parse("2s", Duration.ZERO)).isEqualTo(Duration.ofSeconds(2));
		assertThat(ObserveProperties.parse(" ", Duration.ofSeconds(1))).isEqualTo(Duration.ofSeconds(1));
	}

	private void run(String sql, long millis) {
		ExecutionInfo execution = new ExecutionInfo();
		execution.setElapsedTime(millis);
		slowQueries.afterQuery(execution, List.of(new QueryInfo(sql)));
	}

}

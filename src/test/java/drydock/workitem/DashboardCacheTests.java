package drydock.workitem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.micrometer.core.instrument.Measurement;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The cached dashboard through the whole application: an identical request runs no SQL,
 * and after every kind of write that can change a listing the next request shows it.
 * Each subclass runs these on one cache (Caffeine, Redis).
 */
abstract class DashboardCacheTests extends DashboardFreshnessTests {

	@Autowired
	MeterRegistry meters;

	@Test
	void anIdenticalSecondRequestRunsNoSql() {
		submitItem("DP");
		String query = ALL + "?status=Submitted&search=valve&sort=item_number&page=1&per_page=50";
		int first = statements.count(() -> dashboard(query));
		String[] second = new String[1];
		int again = statements.count(() -> second[0] = dashboard(query));
		assertThat(first).as("statements of the first request").isPositive();
		assertThat(again).as("statements of the identical second request").isZero();
		assertThat(listing(second[0])).isEqualTo(listing(dashboard(query))).contains("Leaking valve");
	}

	@Test
	void everyParameterIsPartOfTheKey() {
		submitItem("DP");
		String base = ALL + "?status=Submitted&search=valve&sort=item_number&page=1&per_page=50";
		dashboard(base);
		for (String other : List.of(ALL + "?search=valve&sort=item_number&page=1&per_page=50",
				ALL + "?status=Submitted&search=valv&sort=item_number&page=1&per_page=50",
				ALL + "?status=Submitted&search=valve&sort=location&page=1&per_page=50",
				ALL + "?status=Submitted&search=valve&sort=item_number&page=2&per_page=50",
				ALL + "?status=Submitted&search=valve&sort=item_number&page=1&per_page=25")) {
			assertThat(statements.count(() -> dashboard(other))).as(other).isPositive();
		}
	}

	@Test
	void hitsAndMissesAreMetrics() {
		double hits = gets("hit");
		double misses = gets("miss");
		dashboard(ALL + "?search=metrics");
		dashboard(ALL + "?search=metrics");
		assertThat(gets("miss")).isGreaterThan(misses);
		assertThat(gets("hit")).isGreaterThan(hits);
	}

	@Test
	void theApiListingSharesTheCache() {
		int id = submitItem("DP");
		String query = "/api/v1/work-items?search=valve&per_page=50";
		assertThat(dashboard(query)).contains(number(id));
		assertThat(statements.count(() -> dashboard(query))).isZero();
		workItems.delete(id);
		assertThat(dashboard(query)).doesNotContain(number(id));
	}

	double gets(String result) {
		Meter meter = meters.find("cache.gets").tag("cache", DashboardCache.PAGES).tag("result", result).meter();
		assertThat(meter).as("cache.gets{cache=dashboard,result=%s}", result).isNotNull();
		double total = 0;
		for (Measurement measurement : meter.measure()) {
			total += measurement.getValue();
		}
		return total;
	}

}

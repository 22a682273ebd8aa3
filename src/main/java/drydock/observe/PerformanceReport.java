package drydock.observe;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import drydock.DatabaseKind;
import drydock.photo.PhotoIntake;

/** Gathers what the performance page shows: sizes, cache and request figures, slow SQL, heap. */
@Service
public class PerformanceReport {

	private final JdbcClient jdbc;

	private final MeterRegistry meters;

	private final SlowQueries slowQueries;

	private final PhotoIntake photos;

	private final boolean postgres;

	private final String h2Url;

	PerformanceReport(JdbcClient jdbc, MeterRegistry meters, SlowQueries slowQueries, PhotoIntake photos,
			DatabaseKind database, Environment environment) {
		this.jdbc = jdbc;
		this.meters = meters;
		this.slowQueries = slowQueries;
		this.photos = photos;
		this.postgres = database.isPostgres();
		this.h2Url = environment.getProperty("spring.datasource.url", "");
	}

	public Snapshot snapshot() {
		Counts counts = jdbc.sql("SELECT (SELECT COUNT(*) FROM work_items), (SELECT COUNT(*) FROM photos), "
				+ "(SELECT COUNT(*) FROM comments)")
			.query((rs, row) -> new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
			.single();
		MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
		List<SlowQueries.SlowQuery> slowest = slowQueries.recent()
			.stream()
			.sorted(Comparator.comparingLong(SlowQueries.SlowQuery::millis).reversed())
			.toList();
		return new Snapshot(counts, databaseSize(), caches(), routes(), slowest, heap.getUsed(), heap.getMax(),
				photos.processorDescription());
	}

	/** PostgreSQL reports its size; an H2 file database is its file. Null when unknown (in-memory H2). */
	private Long databaseSize() {
		if (postgres) {
			return jdbc.sql("SELECT pg_database_size(current_database())").query(Long.class).single();
		}
		if (!h2Url.startsWith("jdbc:h2:file:")) {
			return null;
		}
		String base = h2Url.substring("jdbc:h2:file:".length()).split(";", 2)[0];
		Path file = Path.of(base + ".mv.db");
		try {
			return Files.size(file);
		}
		catch (java.io.IOException ex) {
			return null;
		}
	}

	/** Hits and misses per cache, from the {@code cache.gets} meters every cache manager registers. */
	private List<CacheFigures> caches() {
		Map<String, long[]> byCache = new TreeMap<>();
		for (Meter meter : meters.find("cache.gets").meters()) {
			String cache = meter.getId().getTag("cache");
			String result = meter.getId().getTag("result");
			double count = switch (meter) {
				case Counter counter -> counter.count();
				case FunctionCounter counter -> counter.count();
				default -> 0;
			};
			long[] figures = byCache.computeIfAbsent(cache == null ? "?" : cache, name -> new long[2]);
			if ("hit".equals(result)) {
				figures[0] += (long) count;
			}
			else if ("miss".equals(result)) {
				figures[1] += (long) count;
			}
		}
		List<CacheFigures> result = new ArrayList<>();
		byCache.forEach((name, figures) -> result.add(new CacheFigures(name, figures[0], figures[1])));
		return result;
	}

	/** Request count and latency percentiles per route and method, slowest p99 first. */
	private List<RouteFigures> routes() {
		List<RouteFigures> routes = new ArrayList<>();
		for (Timer timer : meters.find("http.server.requests").timers()) {
			double p50 = 0;
			double p95 = 0;
			double p99 = 0;
			for (ValueAtPercentile value : timer.takeSnapshot().percentileValues()) {
				double millis = value.value(TimeUnit.MILLISECONDS);
				if (value.percentile() == 0.5) {
					p50 = millis;
				}
				else if (value.percentile() == 0.95) {
					p95 = millis;
				}
				else if (value.percentile() == 0.99) {
					p99 = millis;
				}
			}
			routes.add(new RouteFigures(timer.getId().getTag("method"), timer.getId().getTag("uri"),
					timer.getId().getTag("status"), timer.count(), p50, p95, p99));
		}
		routes.sort(Comparator.comparingDouble(RouteFigures::p99).reversed());
		return routes;
	}

	public record Counts(long items, long photos, long comments) {
	}

	public record CacheFigures(String name, long hits, long misses) {

		public double hitRatio() {
			return hits + misses == 0 ? 0 : (double) hits / (hits + misses);
		}

	}

	public record RouteFigures(String method, String uri, String status, long count, double p50, double p95,
			double p99) {
	}

	public record Snapshot(Counts counts, Long databaseBytes, List<CacheFigures> caches, List<RouteFigures> routes,
			List<SlowQueries.SlowQuery> slowQueries, long heapUsed, long heapMax, String photoProcessor) {
	}

}

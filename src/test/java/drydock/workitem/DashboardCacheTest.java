package drydock.workitem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.cache.Cache;
import org.springframework.cache.concurrent.ConcurrentMapCache;

import drydock.testing.TestClock;

/** The cache's rules without an application: keys, invalidation, and a cache that fails and returns. */
@ExtendWith(OutputCaptureExtension.class)
class DashboardCacheTest {

	private static final WorkItemFilter FILTER = new WorkItemFilter(null, null, WorkItemSort.DATE_DESC, 1, 25);

	private final FlakyCache pages = new FlakyCache(DashboardCache.PAGES);

	private final FlakyCache generations = new FlakyCache(DashboardCache.GENERATION);

	private final TestClock clock = new TestClock();

	/** Stands for the database: each read answers with the current number of items. */
	private final AtomicInteger items = new AtomicInteger();

	private final AtomicInteger reads = new AtomicInteger();

	private final DashboardCache cache = new DashboardCache(filter -> {
		reads.incrementAndGet();
		return new WorkItemPage(List.of(), items.get(), 1, filter.perPage(), Map.of("Submitted", (long) items.get()));
	}, pages, generations, clock);

	@Test
	void aPageIsReadOnceUntilEvicted() {
		assertThat(cache.page(FILTER).total()).isZero();
		items.set(1);
		assertThat(cache.page(FILTER).total()).isZero();
		assertThat(reads).hasValue(1);
		cache.evict();
		assertThat(cache.page(FILTER).total()).isEqualTo(1);
		assertThat(reads).hasValue(2);
	}

	@Test
	void aValueMadeFromAPageIsCachedWithItAndEvictedWithIt() {
		AtomicInteger made = new AtomicInteger();
		Function<WorkItemPage, String> describe = page -> {
			made.incrementAndGet();
			return "total " + page.total();
		};
		assertThat(cache.page(FILTER, String.class, describe).value()).isEqualTo("total 0");
		items.set(1);
		assertThat(cache.page(FILTER, String.class, describe).value()).isEqualTo("total 0");
		assertThat(made).hasValue(1);
		cache.evict();
		DashboardCache.Derived<String> fresh = cache.page(FILTER, String.class, describe);
		assertThat(fresh.value()).isEqualTo("total 1");
		assertThat(fresh.page().total()).isEqualTo(1);
		assertThat(made).hasValue(2);
	}

	@Test
	void theKeyHoldsEveryParameterUnambiguously() {
		assertThat(DashboardCache.key(new WorkItemFilter("Submitted", "pump&x", WorkItemSort.ITEM_NUMBER, 3, 50)))
			.isEqualTo("status='Submitted&search='pump%26x&sort=ITEM_NUMBER&page=3&per_page=50");
		assertThat(DashboardCache.key(new WorkItemFilter(null, null, WorkItemSort.DATE_DESC, 1, 25)))
			.isNotEqualTo(DashboardCache.key(new WorkItemFilter("-", "", WorkItemSort.DATE_DESC, 1, 25)));
	}

	@Test
	void aFailingCacheIsAMissAndItsReturnStartsAfresh(CapturedOutput output) {
		cache.page(FILTER);
		pages.down = true;
		generations.down = true;
		items.set(5);
		// While it fails: the database answers, a warning is logged once, and writes cannot reach it.
		assertThat(cache.page(FILTER).total()).isEqualTo(5);
		assertThat(cache.page(FILTER).total()).isEqualTo(5);
		cache.evict();
		assertThat(output.getAll()).containsOnlyOnce("The dashboard cache failed");
		// Back, but not tried until the pause is over.
		pages.down = false;
		generations.down = false;
		int calls = pages.calls.get() + generations.calls.get();
		assertThat(cache.page(FILTER).total()).isEqualTo(5);
		assertThat(pages.calls.get() + generations.calls.get()).isEqualTo(calls);
		// Tried again: the page cached before the failure is stale, and is not served.
		clock.set(clock.instant().plus(Duration.ofSeconds(6)));
		int before = reads.get();
		assertThat(cache.page(FILTER).total()).isEqualTo(5);
		assertThat(reads.get()).isEqualTo(before + 1);
		assertThat(cache.page(FILTER).total()).isEqualTo(5);
		assertThat(reads.get()).isEqualTo(before + 1);
		assertThat(output.getAll()).contains("The dashboard cache answers again");
	}

	/** A cache that throws, as Redis's does when Redis is down, while {@code down} is set. */
	static final class FlakyCache extends ConcurrentMapCache {

		volatile boolean down;

		final AtomicInteger calls = new AtomicInteger();

		FlakyCache(String name) {
			super(name);
		}

		private void check() {
			calls.incrementAndGet();
			if (down) {
				throw new IllegalStateException("Unable to connect to Redis");
			}
		}

		@Override
		public ValueWrapper get(Object key) {
			check();
			return super.get(key);
		}

		@Override
		public <T> T get(Object key, Class<T> type) {
			check();
			return super.get(key, type);
		}

		@Override
		public <T> T get(Object key, Callable<T> valueLoader) {
			check();
			return super.get(key, valueLoader);
		}

		@Override
		public void put(Object key, Object value) {
			check();
			super.put(key, value);
		}

		@Override
		public ValueWrapper putIfAbsent(Object key, Object value) {
			check();
			return super.putIfAbsent(key, value);
		}

	}

}

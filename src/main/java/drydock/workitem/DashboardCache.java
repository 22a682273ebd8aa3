package drydock.workitem;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The dashboard's pages (status counts included) through the cache: Caffeine in this
 * process, or Redis shared by every node.
 * <p>
 * Entries are keyed by a <em>generation</em> plus every parameter of the page. A write that
 * can change a listing starts a new generation once it has committed (before its response
 * goes), so every later request on any node sharing the cache misses and reads the
 * committed rows; a page a slower reader computed from older rows is stored under the old
 * generation, which nobody reads any more. Old entries go by the cache's size bound and TTL.
 * <p>
 * The cache is best-effort: when it fails (Redis down) pages are read from the database,
 * a warning is logged, and the cache is left alone for a few seconds before it is tried
 * again. Writes made meanwhile could not invalidate it, so on its return a new generation
 * starts before it is trusted again.
 */
@Component
public class DashboardCache {

	/** The cache of pages, keyed by generation and parameters. */
	public static final String PAGES = "dashboard";

	/** The cache holding the current generation, under one key. */
	public static final String GENERATION = "dashboard-generation";

	private static final String CURRENT = "current";

	private static final Duration RETRY_AFTER = Duration.ofSeconds(5);

	private static final Logger log = LoggerFactory.getLogger(DashboardCache.class);

	/** The database's answer: {@link WorkItemQueries#dashboard}. */
	private final Function<WorkItemFilter, WorkItemPage> queries;

	private final Cache pages;

	private final Cache generations;

	private final Clock clock;

	/** Null while the cache works; else when to try it again. */
	private volatile Instant retryAt;

	/** Set when a write may not have reached the cache: a new generation must start before it is read. */
	private volatile boolean outdated;

	@Autowired
	DashboardCache(WorkItemQueries queries, CacheManager caches, Clock clock) {
		this(queries::dashboard, caches.getCache(PAGES), caches.getCache(GENERATION), clock);
	}

	DashboardCache(Function<WorkItemFilter, WorkItemPage> queries, Cache pages, Cache generations, Clock clock) {
		this.queries = queries;
		this.pages = pages;
		this.generations = generations;
		this.clock = clock;
	}

	/** The page the filter asks for, from the cache when it holds it for the current generation. */
	public WorkItemPage page(WorkItemFilter filter) {
		return cached(key(filter), WorkItemPage.class, () -> queries.apply(filter));
	}

	/**
	 * The page the filter asks for together with what {@code derive} makes of it (the dashboard's
	 * rendered rows), cached as one entry beside the plain page: both always come from the same
	 * rows and go with the same writes. {@code type} tells the entries of different derivations apart.
	 */
	public <T extends Serializable> Derived<T> page(WorkItemFilter filter, Class<T> type,
			Function<WorkItemPage, T> derive) {
		return cached(type.getName() + ":" + key(filter), Derived.class, () -> {
			WorkItemPage page = queries.apply(filter);
			return new Derived<>(page, derive.apply(page));
		});
	}

	/** A page and a value made from it alone, cached together. */
	public record Derived<T extends Serializable>(WorkItemPage page, T value) implements Serializable {
	}

	/** The value under the key for the current generation; else loaded, and cached when the cache works. */
	@SuppressWarnings("unchecked")
	private <V> V cached(String key, Class<? super V> type, Supplier<V> load) {
		String generation = currentGeneration();
		if (generation == null) {
			return load.get();
		}
		String generationKey = generation + ":" + key;
		try {
			Object cached = pages.get(generationKey, type);
			if (cached != null) {
				return (V) cached;
			}
		}
		catch (RuntimeException ex) {
			failed(ex);
			return load.get();
		}
		V value = load.get();
		try {
			pages.put(generationKey, value);
		}
		catch (RuntimeException ex) {
			failed(ex);
		}
		return value;
	}

	/**
	 * Invalidates every page once the current transaction has committed (synchronously, on
	 * the committing thread, so before the writer's response); at once when there is none.
	 */
	void evictAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					evict();
				}
			});
		}
		else {
			evict();
		}
	}

	/** Invalidates every page, on every node sharing the cache. */
	public void evict() {
		if (unavailable()) {
			outdated = true;
			return;
		}
		try {
			generations.put(CURRENT, newGeneration());
		}
		catch (RuntimeException ex) {
			outdated = true;
			failed(ex);
		}
	}

	/** The generation to read and write pages under, or null to go without the cache. */
	private String currentGeneration() {
		if (unavailable()) {
			return null;
		}
		try {
			if (outdated) {
				generations.put(CURRENT, newGeneration());
				outdated = false;
			}
			String current = generations.get(CURRENT, String.class);
			if (current == null) {
				String fresh = newGeneration();
				Cache.ValueWrapper existing = generations.putIfAbsent(CURRENT, fresh);
				current = existing != null && existing.get() instanceof String other ? other : fresh;
			}
			if (retryAt != null) {
				retryAt = null;
				log.info("The dashboard cache answers again; pages are cached again");
			}
			return current;
		}
		catch (RuntimeException ex) {
			failed(ex);
			return null;
		}
	}

	private boolean unavailable() {
		Instant retry = retryAt;
		return retry != null && clock.instant().isBefore(retry);
	}

	private void failed(RuntimeException ex) {
		// Whatever reached the cache, a later write may not: start afresh when it answers again.
		outdated = true;
		if (retryAt == null) {
			log.warn("The dashboard cache failed ({}); serving pages from the database and trying it again in {} s",
					ex.toString(), RETRY_AFTER.toSeconds());
		}
		retryAt = clock.instant().plus(RETRY_AFTER);
	}

	private static String newGeneration() {
		return UUID.randomUUID().toString();
	}

	/** Every parameter of the page, each encoded so that no two filters share a key. */
	static String key(WorkItemFilter filter) {
		return "status=" + encode(filter.status()) + "&search=" + encode(filter.search()) + "&sort="
				+ filter.sort().name() + "&page=" + filter.page() + "&per_page=" + filter.perPage();
	}

	private static String encode(String value) {
		return value == null ? "-" : "'" + URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}

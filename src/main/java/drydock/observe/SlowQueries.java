package drydock.observe;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.stream.Collectors;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Logs SQL slower than the threshold with the request that ran it, and keeps the latest few. */
@Component
public class SlowQueries implements QueryExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(SlowQueries.class);

	private static final int KEPT = 20;

	private final Duration threshold;

	private final Clock clock;

	private final Deque<SlowQuery> recent = new ArrayDeque<>(KEPT);

	SlowQueries(ObserveProperties properties, Clock clock) {
		this.threshold = properties.slowQuery();
		this.clock = clock;
	}

	@Override
	public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
	}

	@Override
	public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
		if (execution.getElapsedTime() < threshold.toMillis()) {
			return;
		}
		String sql = queries.stream().map(QueryInfo::getQuery).collect(Collectors.joining("; "));
		String request = CurrentRequest.describe();
		log.warn("Slow SQL: {} ms during {}: {}", execution.getElapsedTime(), request, sql);
		synchronized (recent) {
			if (recent.size() == KEPT) {
				recent.removeLast();
			}
			recent.addFirst(new SlowQuery(LocalDateTime.now(clock), execution.getElapsedTime(), request, sql));
		}
	}

	/** The most recent slow statements, newest first. */
	public List<SlowQuery> recent() {
		synchronized (recent) {
			return new ArrayList<>(recent);
		}
	}

	public record SlowQuery(LocalDateTime at, long millis, String request, String sql) {
	}

}

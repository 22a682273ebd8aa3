package drydock.observe;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.web.util.OnCommittedResponseWrapper;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Times every request: an {@code X-Response-Time} header (set as the response commits,
 * before its body) and a warning for requests slower than the threshold.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestTiming extends OncePerRequestFilter {

	static final String HEADER = "X-Response-Time";

	private static final Logger log = LoggerFactory.getLogger(RequestTiming.class);

	private final Duration slowRequest;

	RequestTiming(ObserveProperties properties) {
		this.slowRequest = properties.slowRequest();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long start = System.nanoTime();
		String description = request.getMethod() + " " + request.getRequestURI();
		CurrentRequest.set(description);
		HttpServletResponse timed = new OnCommittedResponseWrapper(response) {
			@Override
			protected void onResponseCommitted() {
				response.setHeader(HEADER, millis(System.nanoTime() - start));
			}
		};
		try {
			chain.doFilter(request, timed);
		}
		finally {
			long elapsed = System.nanoTime() - start;
			if (!response.isCommitted()) {
				response.setHeader(HEADER, millis(elapsed));
			}
			if (elapsed > slowRequest.toNanos()) {
				log.warn("Slow request: {} took {} ms (status {})", description, elapsed / 1_000_000, response.getStatus());
			}
			CurrentRequest.clear();
		}
	}

	private static String millis(long nanos) {
		return String.format(Locale.ROOT, "%.1fms", nanos / 1_000_000.0);
	}

}

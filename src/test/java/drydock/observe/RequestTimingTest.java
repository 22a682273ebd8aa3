package drydock.observe;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Every response says how long it took, and a request slower than SLOW_REQUEST_THRESHOLD is logged
 * with its method, path and status (statements slower than theirs: {@link SlowQueriesTest}).
 */
@ExtendWith(OutputCaptureExtension.class)
class RequestTimingTest {

	@Test
	void aRequestSlowerThanTheThresholdIsLoggedWithItsMethodPathAndStatus(CapturedOutput output) throws Exception {
		MockHttpServletResponse response = run("0.02", "POST", "/admin/assign/7", (request, answer) -> {
			sleep(40);
			((HttpServletResponse) answer).setStatus(303);
		});

		assertThat(output).containsPattern("Slow request: POST /admin/assign/7 took \\d+ ms \\(status 303\\)");
		assertThat(response.getHeader(RequestTiming.HEADER)).matches("\\d+\\.\\dms");
		assertThat(Double.parseDouble(response.getHeader(RequestTiming.HEADER).replace("ms", ""))).isGreaterThanOrEqualTo(40);
	}

	@Test
	void aRequestWithinTheThresholdIsTimedButNotLogged(CapturedOutput output) throws Exception {
		MockHttpServletResponse response = run("1.0", "GET", "/admin/dashboard",
				(request, answer) -> answer.getWriter().write("page"));

		assertThat(output).doesNotContain("Slow request");
		assertThat(response.getHeader(RequestTiming.HEADER)).matches("\\d+\\.\\dms");
		assertThat(response.getContentAsString()).isEqualTo("page");
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

	private static MockHttpServletResponse run(String threshold, String method, String path, FilterChain chain)
			throws Exception {
		RequestTiming timing = new RequestTiming(new ObserveProperties(threshold, Duration.ofMillis(100)));
		MockHttpServletResponse response = new MockHttpServletResponse();
		timing.doFilter(new MockHttpServletRequest(method, path), response, chain);
		return response;
	}

}

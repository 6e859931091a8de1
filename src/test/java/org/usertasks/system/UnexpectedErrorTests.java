package org.usertasks.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.filter.OncePerRequestFilter;
import org.usertasks.ApiClient;
import org.usertasks.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.util.StringUtils.countOccurrencesOf;
import static org.usertasks.system.ProblemAssertions.assertProblem;

/**
 * An exception nobody expected answers 500 {@code /problems/internal-error} with a
 * generic detail: the client learns nothing of the exception, and the log holds it once,
 * with its stack trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class UnexpectedErrorTests extends ApiTestSupport {

	private static final String FAILING_PATH = "/test/unexpected-failure";

	private static final String FAILING_FILTER_PATH = "/test/failing-filter";

	/** Stands for what an exception message may carry that a client must never see. */
	private static final String SECRET = "password=hunter2 at db.internal:5432";

	@Test
	void answers500WithAGenericDetailThatLeaksNothing() {
		String path = FAILING_PATH;

		ApiClient.Response response = this.admin.get(path);

		assertProblem(response, 500, "internal-error", path);
		assertThat(response.body()).doesNotContain("hunter2")
			.doesNotContain("db.internal")
			.doesNotContain("IllegalStateException")
			.doesNotContain("FailingController")
			.doesNotContain("trace");
	}

	@Test
	void logsTheUnexpectedErrorOnceWithItsStackTrace(CapturedOutput output) {
		String path = FAILING_PATH;

		this.admin.get(path);

		assertThat(countOccurrencesOf(output.getAll(), "Unexpected error")).isOne();
		assertThat(countOccurrencesOf(output.getAll(), "java.lang.IllegalStateException: " + SECRET)).isOne();
		assertThat(output.getAll()).contains("ERROR").contains("at " + FailingController.class.getName() + ".fail");
	}

	@Test
	void answers500AsAProblemWhenAServletFilterFails(CapturedOutput output) {
		String path = FAILING_FILTER_PATH;

		ApiClient.Response response = this.admin.get(path);

		assertProblem(response, 500, "internal-error", path);
		assertThat(response.body()).doesNotContain("hunter2").doesNotContain("IllegalStateException");
		assertThat(countOccurrencesOf(output.getAll(), "java.lang.IllegalStateException: " + SECRET)).isOne();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class FailingEndpointConfiguration {

		@Bean
		FailingController failingController() {
			return new FailingController();
		}

		/** Stands for a filter that fails after authentication, outside Spring MVC. */
		@Bean
		OncePerRequestFilter failingFilter() {
			return new OncePerRequestFilter() {

				@Override
				protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
						FilterChain chain) throws ServletException, IOException {
					if (request.getRequestURI().equals(FAILING_FILTER_PATH)) {
						throw new IllegalStateException(SECRET);
					}
					chain.doFilter(request, response);
				}

			};
		}

	}

	@RestController
	static class FailingController {

		@GetMapping(FAILING_PATH)
		String fail() {
			throw new IllegalStateException(SECRET);
		}

	}

}

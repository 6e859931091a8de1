package org.usertasks.system;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.json.AbstractJsonContentAssert;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What answers look like on the wire, for {@code @WebMvcTest} slices that call through
 * {@code MockMvcTester}: JSON bodies compared to the byte, and problem details checked in
 * one place so that each test states only what is particular to its case.
 */
public final class WebSliceAssertions {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private WebSliceAssertions() {
	}

	/**
	 * Asserts a 200 JSON answer whose body is exactly {@code expected} without its
	 * layout: the same members with the same values in the same order, as a Struct client
	 * reads them.
	 */
	public static void assertJsonBody(MvcTestResult result, String expected) {
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		assertThat(result).hasBodyTextEqualTo(JSON.writeValueAsString(JSON.readTree(expected)));
	}

	/**
	 * Asserts a 200 answer with an empty body, as Struct gives to creates, updates and
	 * deletes.
	 */
	public static void assertEmptyOk(MvcTestResult result) {
		assertThat(result).hasStatusOk();
		assertThat(result).body().isEmpty();
	}

	/**
	 * Asserts an RFC 9457 problem of the given kind: status,
	 * {@code application/problem+json}, lower-case member names whatever the API's own
	 * naming, the stable {@code type} URI with its title, and the request path as
	 * {@code instance}.
	 * @param slug the last segment of the {@code type} URI, a literal so that renaming a
	 * type breaks a test
	 * @return the problem document, for what is particular to the case
	 */
	public static AbstractJsonContentAssert<?> assertProblem(MvcTestResult result, HttpStatus status, String slug) {
		ProblemType type = ProblemType.forSlug(slug);
		assertThat(type).as("a problem type with slug " + slug).isNotNull();
		assertThat(result).hasStatus(status).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		AbstractJsonContentAssert<?> problem = assertThat(result).bodyJson();
		problem.extractingPath("$")
			.asMap()
			.containsKeys("type", "title", "status", "detail", "instance")
			.allSatisfy((name, value) -> assertThat(name).as("RFC 9457 member name").matches("[a-z][A-Za-z]*"));
		problem.extractingPath("$.type").isEqualTo("/problems/" + slug);
		problem.extractingPath("$.title").isEqualTo(type.title());
		problem.extractingPath("$.status").isEqualTo(status.value());
		problem.extractingPath("$.instance").isEqualTo(result.getRequest().getRequestURI());
		return problem;
	}

	/**
	 * Asserts a 400 {@code invalid-request} problem whose {@code errors} name exactly
	 * these fields, in this order, each with a message.
	 */
	public static void assertInvalidRequest(MvcTestResult result, String... fields) {
		AbstractJsonContentAssert<?> problem = assertProblem(result, HttpStatus.BAD_REQUEST, "invalid-request");
		problem.extractingPath("$.errors[*].field").asArray().containsExactly((Object[]) fields);
		problem.extractingPath("$.errors[*].message")
			.asArray()
			.allSatisfy((message) -> assertThat(message).asString().isNotBlank());
	}

}

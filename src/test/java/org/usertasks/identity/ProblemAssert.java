package org.usertasks.identity;

import java.util.List;

import tools.jackson.databind.JsonNode;

import org.usertasks.ApiClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks that an answer is an RFC 9457 problem detail of the expected kind, as every
 * error of the API must be.
 */
final class ProblemAssert {

	private ProblemAssert() {
	}

	/** Asserts status, media type, {@code type} and lower-case member names. */
	static JsonNode assertProblem(ApiClient.Response response, int status, String slug) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.contentType())
			.hasValueSatisfying((contentType) -> assertThat(contentType).startsWith("application/problem+json"));
		JsonNode problem = response.json();
		assertThat(problem.get("type").asString()).isEqualTo("/problems/" + slug);
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("title").asString()).isNotBlank();
		return problem;
	}

	/**
	 * Asserts a 400 invalid-request problem and answers the fields its {@code errors}
	 * list names, in order.
	 */
	static List<String> fieldsInError(ApiClient.Response response) {
		JsonNode problem = assertProblem(response, 400, "invalid-request");
		assertThat(problem.get("errors").isArray()).as(response.body()).isTrue();
		problem.get("errors").forEach((error) -> assertThat(error.propertyNames()).containsExactly("field", "message"));
		return problem.get("errors").valueStream().map((error) -> error.get("field").asString()).toList();
	}

}

package org.usertasks.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.usertasks.ApiClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every problem answer must look like on the wire, checked in one place so that each
 * test states only what is particular to its case.
 */
final class ProblemAssertions {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private ProblemAssertions() {
	}

	/**
	 * Checks that the response is an RFC 9457 problem of the given kind: status,
	 * {@code application/problem+json}, the stable {@code type} URI and its title, the
	 * path as {@code instance}, and lower-case member names only. Follows the
	 * {@code type} link to check that the service serves its page.
	 * @param response what came back
	 * @param status the expected HTTP status
	 * @param slug the last segment of the expected {@code type} URI, pinned as a literal
	 * so that renaming a type breaks a test
	 * @param path the request path the problem is about, without query
	 * @return the problem document
	 */
	static JsonNode assertProblem(ApiClient.Response response, int status, String slug, String path) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.contentType()).as("Content-Type of " + response.body())
			.hasValueSatisfying((contentType) -> assertThat(
					MediaType.parseMediaType(contentType).equalsTypeAndSubtype(MediaType.APPLICATION_PROBLEM_JSON))
				.as(contentType)
				.isTrue());
		JsonNode problem = response.json();
		assertThat(problem.propertyNames()).as("members of " + response.body())
			.contains("type", "title", "status", "detail", "instance")
			.allSatisfy((name) -> assertThat(name).matches("[a-z][A-Za-z]*"));
		assertThat(problem.get("type").asString()).isEqualTo("/problems/" + slug);
		ProblemType type = ProblemType.forSlug(slug);
		assertThat(type).as("a ProblemType with slug " + slug).isNotNull();
		assertThat(problem.get("title").asString()).isEqualTo(type.title());
		assertThat(problem.get("status").isInt()).isTrue();
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("detail").asString()).isNotBlank();
		assertThat(problem.get("instance").asString()).isEqualTo(path);
		assertServedAsPage(response.raw().request().uri().resolve(problem.get("type").asString()));
		return problem;
	}

	/** The page behind a problem type URI is HTML the service serves without a key. */
	static void assertServedAsPage(URI typeUri) {
		HttpResponse<String> page = send(HttpRequest.newBuilder(typeUri).GET().build());
		assertThat(page.statusCode()).as(typeUri.toString()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type"))
			.hasValueSatisfying((contentType) -> assertThat(contentType).startsWith(MediaType.TEXT_HTML_VALUE));
		assertThat(page.body()).contains("type: " + typeUri.getPath());
	}

	private static HttpResponse<String> send(HttpRequest request) {
		try {
			return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Checks a 400 {@code invalid-request} problem and that its {@code errors} list is
	 * made of {@code {field, message}} items.
	 * @return the field names in the order the problem lists them
	 */
	static List<String> assertInvalidRequest(ApiClient.Response response, String path) {
		JsonNode problem = assertProblem(response, 400, "invalid-request", path);
		JsonNode errors = problem.get("errors");
		assertThat(errors).as("errors of " + response.body()).isNotNull();
		assertThat(errors.isArray()).isTrue();
		assertThat(errors.size()).isPositive();
		List<String> fields = new ArrayList<>();
		for (JsonNode error : errors) {
			assertThat(error.propertyNames()).containsExactlyInAnyOrder("field", "message");
			assertThat(error.get("message").asString()).isNotBlank();
			fields.add(error.get("field").asString());
		}
		return fields;
	}

	/** The message the problem gives for one field. */
	static String messageFor(ApiClient.Response response, String field) {
		for (JsonNode error : response.json().get("errors")) {
			if (field.equals(error.get("field").asString())) {
				return error.get("message").asString();
			}
		}
		throw new AssertionError("no error for field " + field + " in " + response.body());
	}

}

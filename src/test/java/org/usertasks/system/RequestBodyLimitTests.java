package org.usertasks.system;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.usertasks.ApiClient;
import org.usertasks.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.usertasks.system.ProblemAssertions.assertProblem;

/**
 * Request bodies over {@code usertasks.api.max-request-body-size} are refused with 413
 * {@code /problems/payload-too-large}, whether the client announces the size in
 * Content-Length or streams the body chunked; a body of exactly the limit goes through.
 */
class RequestBodyLimitTests extends ApiTestSupport {

	private static final String TASKS = "/v1/usertasks";

	@Autowired
	private ApiProperties properties;

	@Test
	void answers413WhenContentLengthIsOverTheLimit() {
		byte[] body = taskJsonOfSize(limit() + 1);

		ApiClient.Response response = this.admin.send(withContentLength(body));

		assertProblem(response, 413, "payload-too-large", TASKS);
		assertThat(taskCount()).isZero();
	}

	@Test
	void answers413WhenAChunkedBodyGrowsOverTheLimit() {
		byte[] body = taskJsonOfSize(limit() + 1);

		ApiClient.Response response = this.admin.send(chunked(body));

		assertProblem(response, 413, "payload-too-large", TASKS);
		assertThat(taskCount()).isZero();
	}

	@Test
	void acceptsABodyOfExactlyTheLimitWithContentLength() {
		byte[] body = taskJsonOfSize(limit());

		ApiClient.Response response = this.admin.send(withContentLength(body));

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(taskCount()).isOne();
	}

	@Test
	void acceptsAChunkedBodyOfExactlyTheLimit() {
		byte[] body = taskJsonOfSize(limit());

		ApiClient.Response response = this.admin.send(chunked(body));

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(taskCount()).isOne();
	}

	private int limit() {
		return Math.toIntExact(this.properties.maxRequestBodySize().toBytes());
	}

	/**
	 * A valid create body padded with whitespace before its closing brace, so that a
	 * parser has to read all of it.
	 */
	private static byte[] taskJsonOfSize(int size) {
		String head = "{\"Title\": \"padded\"";
		String json = head + " ".repeat(size - head.length() - 1) + "}";
		byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
		assertThat(bytes).hasSize(size);
		return bytes;
	}

	private HttpRequest.Builder withContentLength(byte[] body) {
		return this.admin.request(TASKS)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
	}

	/** A body of unknown length, which the HTTP client sends chunked. */
	private HttpRequest.Builder chunked(byte[] body) {
		return this.admin.request(TASKS)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
	}

	private int taskCount() {
		return this.admin.get(TASKS).json().get("Total").asInt();
	}

}

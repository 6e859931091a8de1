package org.usertasks.comment;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.usertasks.ApiClient;
import org.usertasks.task.TaskApiTestSupport;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Comments and the task's version: each comment change is a change of the task (a new
 * ETag), If-Match makes it conditional on the version the client read, and comments added
 * at the same moment without If-Match all arrive.
 */
class CommentConcurrencyTests extends TaskApiTestSupport {

	private static final String COMMENT = "8767bfd8-195e-4370-ae74-53f99b76bd4b";

	private ApiClient john;

	private String taskUid;

	private String comments;

	@BeforeEach
	void aTaskWithJohnsComment() {
		this.john = clientOf("5", "John", "Doe");
		this.taskUid = createTask("Missing descriptions");
		this.comments = "/v1/usertasks/" + this.taskUid + "/comments";
		ApiClient.Response added = this.john.post(this.comments,
				"{\"Uid\": \"" + COMMENT + "\", \"Comment\": \"Original\"}");
		assertThat(added.status()).as(added.body()).isEqualTo(200);
	}

	@Test
	void eachCommentChangeGivesTheTaskANewETag() {
		String afterAdd = etag(this.taskUid);

		this.john.put(this.comments, "{\"Uid\": \"" + COMMENT + "\", \"Comment\": \"Edited\"}");
		String afterEdit = etag(this.taskUid);
		this.john.delete(this.comments + "?commentUid=" + COMMENT);
		String afterDelete = etag(this.taskUid);

		assertThat(List.of(afterAdd, afterEdit, afterDelete)).containsExactly("\"2\"", "\"3\"", "\"4\"");
	}

	@Test
	void changesWithTheCurrentETagSucceed() {
		ApiClient.Response add = send(this.john, "POST", this.comments, "{\"Comment\": \"Second\"}",
				etag(this.taskUid));
		ApiClient.Response edit = send(this.john, "PUT", this.comments,
				"{\"Uid\": \"" + COMMENT + "\", \"Comment\": \"Edited\"}", etag(this.taskUid));
		ApiClient.Response delete = send(this.john, "DELETE", this.comments + "?commentUid=" + COMMENT, null,
				etag(this.taskUid));

		assertThat(List.of(add.status(), edit.status(), delete.status())).containsExactly(200, 200, 200);
		assertThat(task(this.taskUid).get("Comments").findValuesAsString("Comment")).containsExactly("Second");
	}

	@Test
	void addingWithAStaleETagAnswers412AndAddsNothing() {
		String stale = etag(this.taskUid);
		this.admin.post(this.comments, "{\"Comment\": \"Meanwhile\"}");
		JsonNode before = task(this.taskUid);

		ApiClient.Response response = send(this.john, "POST", this.comments, "{\"Comment\": \"Late\"}", stale);

		assertPreconditionFailed(response, "\"3\"");
		assertThat(task(this.taskUid)).isEqualTo(before);
	}

	@Test
	void editingWithAStaleETagAnswers412AndKeepsTheText() {
		String stale = etag(this.taskUid);
		putTitle("Renamed meanwhile");
		JsonNode before = task(this.taskUid);

		ApiClient.Response response = send(this.john, "PUT", this.comments,
				"{\"Uid\": \"" + COMMENT + "\", \"Comment\": \"Edited\"}", stale);

		assertPreconditionFailed(response, "\"3\"");
		assertThat(task(this.taskUid)).isEqualTo(before);
	}

	@Test
	void deletingWithAStaleETagAnswers412AndKeepsTheComment() {
		String stale = etag(this.taskUid);
		putTitle("Renamed meanwhile");
		JsonNode before = task(this.taskUid);

		ApiClient.Response response = send(this.john, "DELETE", this.comments + "?commentUid=" + COMMENT, null, stale);

		assertPreconditionFailed(response, "\"3\"");
		assertThat(task(this.taskUid)).isEqualTo(before);
	}

	@Test
	void aWeakETagNeverMatchesAComment() {
		ApiClient.Response response = send(this.john, "POST", this.comments, "{\"Comment\": \"Weak\"}",
				"W/" + etag(this.taskUid));

		assertPreconditionFailed(response, "\"2\"");
	}

	@Test
	void aForbiddenEditLeavesTheVersionAsItWas() {
		String etag = etag(this.taskUid);
		ApiClient mallory = clientOf("12", "Mallory", "Moss");

		ApiClient.Response response = mallory.put(this.comments,
				"{\"Uid\": \"" + COMMENT + "\", \"Comment\": \"Mine now\"}");

		assertProblem(response, 403, "forbidden");
		assertThat(etag(this.taskUid)).isEqualTo(etag);
	}

	@Test
	void commentsAddedAtTheSameMomentWithoutIfMatchAllArrive() throws Exception {
		List<ApiClient> authors = IntStream.range(0, 6)
			.mapToObj((i) -> clientOf("a" + i, "Author", String.valueOf(i)))
			.toList();
		List<Callable<ApiClient.Response>> adds = IntStream
			.range(0, authors.size()).<Callable<ApiClient
					.Response>>mapToObj(
							(i) -> () -> authors.get(i).post(this.comments, "{\"Comment\": \"Comment " + i + "\"}"))
			.toList();

		List<ApiClient.Response> responses = together(adds);

		assertThat(responses).extracting(ApiClient.Response::status).containsOnly(200);
		assertThat(task(this.taskUid).get("Comments").findValuesAsString("Comment")).containsExactlyInAnyOrder(
				"Original", "Comment 0", "Comment 1", "Comment 2", "Comment 3", "Comment 4", "Comment 5");
		assertThat(etag(this.taskUid)).as("each add counted once").isEqualTo("\"8\"");
	}

	@RepeatedTest(3)
	void ofTwoCommentsAddedWithTheSameIfMatchExactlyOneArrives() throws Exception {
		ApiClient ann = clientOf("a" + UUID.randomUUID().toString().substring(0, 8), "Ann", "Lee");
		String etag = etag(this.taskUid);
		this.clock.advance(Duration.ofMinutes(1));

		List<ApiClient.Response> responses = together(
				List.of(() -> send(this.john, "POST", this.comments, "{\"Comment\": \"John's\"}", etag),
						() -> send(ann, "POST", this.comments, "{\"Comment\": \"Ann's\"}", etag)));

		assertThat(responses).extracting(ApiClient.Response::status).containsExactlyInAnyOrder(200, 412);
		String winner = (responses.get(0).status() == 200) ? "John's" : "Ann's";
		assertThat(task(this.taskUid).get("Comments").findValuesAsString("Comment")).containsExactly("Original",
				winner);
	}

	private void putTitle(String title) {
		putTask("{\"Uid\": \"" + this.taskUid + "\", \"Title\": \"" + title + "\"}");
	}

	private static void assertPreconditionFailed(ApiClient.Response response, String currentETag) {
		assertProblem(response, 412, "precondition-failed");
		assertThat(response.json().get("currentETag").asString()).isEqualTo(currentETag);
		assertThat(response.header("ETag")).isEqualTo(currentETag);
	}

}

package org.usertasks.comment;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.usertasks.ApiClient;
import org.usertasks.task.TaskApiTestSupport;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.usertasks.ApiClient.parse;

/**
 * Struct's comment endpoints under a task, end to end: who wrote a comment comes from the
 * caller's key, and only its author or an admin may change it.
 */
class CommentApiTests extends TaskApiTestSupport {

	private static final String JOHNS_COMMENT = "8767bfd8-195e-4370-ae74-53f99b76bd4b";

	private ApiClient john;

	private String taskUid;

	private String comments;

	@BeforeEach
	void aTaskAndAUserWhoComments() {
		this.john = clientOf("5", "John", "Doe");
		this.taskUid = createTask("Missing descriptions on products and variants");
		this.comments = "/v1/usertasks/" + this.taskUid + "/comments";
	}

	// --- POST /v1/usertasks/{uid}/comments

	@Test
	void addsACommentByTheCallerAtTheTimeOfTheClock() {
		this.clock.set("2023-01-03T07:41:08Z");

		ApiClient.Response response = this.john.post(this.comments, """
				{"Uid": "%s", "Comment": "Okay, I will have a look right away."}""".formatted(JOHNS_COMMENT),
				JSON_PATCH);

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.body()).isEmpty();
		JsonNode thread = task(this.taskUid).get("Comments");
		assertThat(thread).isEqualTo(parse("""
				[{
				  "Uid": "%s",
				  "Comment": "Okay, I will have a look right away.",
				  "UserId": "5",
				  "Name": "John Doe",
				  "Created": "2023-01-03T07:41:08.0000000+00:00",
				  "LastModified": "2023-01-03T07:41:08.0000000+00:00",
				  "IsSystemGenerated": false
				}]""".formatted(JOHNS_COMMENT)));
		assertThat(thread.get(0).propertyNames()).containsExactly("Uid", "Comment", "UserId", "Name", "Created",
				"LastModified", "IsSystemGenerated");
	}

	@Test
	void takesTheAuthorFromTheKeyNotFromTheBody() {
		ApiClient.Response response = this.john.post(this.comments, """
				{"Comment": "Mine", "UserId": "99", "Name": "Mallory", "IsSystemGenerated": true,
				 "Created": "2000-01-01T00:00:00Z", "LastModified": "2000-01-01T00:00:00Z"}""");

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		JsonNode comment = task(this.taskUid).get("Comments").get(0);
		assertThat(comment.get("UserId").asString()).isEqualTo("5");
		assertThat(comment.get("Name").asString()).isEqualTo("John Doe");
		assertThat(comment.get("IsSystemGenerated").asBoolean()).isFalse();
		assertThat(comment.get("Created").asString()).isEqualTo(this.clock.wireNow());
		assertThat(comment.get("LastModified").asString()).isEqualTo(this.clock.wireNow());
	}

	@Test
	void keepsTheAuthorsNameAsItWasWhenTheCommentWasWritten() {
		this.john.post(this.comments, "{\"Comment\": \"Before\"}");
		this.clock.advance(Duration.ofMinutes(1));
		ApiClient.Response renamed = this.admin.put("/v1/users",
				"{\"Uid\": \"5\", \"Email\": \"5@example.com\", \"Firstname\": \"Johnny\", \"Lastname\": \"Doe\"}");
		assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);

		this.john.post(this.comments, "{\"Comment\": \"After\"}");

		JsonNode thread = task(this.taskUid).get("Comments");
		assertThat(thread.findValuesAsString("Name")).containsExactly("John Doe", "Johnny Doe");
	}

	@Test
	void addWithoutAUidLetsTheServerChooseOne() {
		this.john.post(this.comments, "{\"Comment\": \"First\"}");
		this.clock.advance(Duration.ofSeconds(1));

		ApiClient.Response response = this.john.post(this.comments, "{\"Uid\": null, \"Comment\": \"Second\"}");

		assertThat(response.status()).isEqualTo(200);
		List<String> uids = task(this.taskUid).get("Comments").findValuesAsString("Uid");
		assertThat(uids).hasSize(2).doesNotHaveDuplicates();
		assertThat(uids).allSatisfy(
				(uid) -> assertThat(uid).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
	}

	@Test
	void addingACommentWithATakenUidAnswers409AndKeepsTheComment() {
		String otherTask = createTask("Other");
		this.john.post(this.comments, "{\"Uid\": \"" + JOHNS_COMMENT + "\", \"Comment\": \"Original\"}");
		JsonNode before = task(this.taskUid);

		ApiClient.Response sameTask = this.admin.post(this.comments,
				"{\"Uid\": \"" + JOHNS_COMMENT + "\", \"Comment\": \"Copy\"}");
		ApiClient.Response otherTaskResponse = this.admin.post("/v1/usertasks/" + otherTask + "/comments",
				"{\"Uid\": \"" + JOHNS_COMMENT + "\", \"Comment\": \"Copy\"}");

		assertProblem(sameTask, 409, "already-exists");
		assertThat(sameTask.json().get("detail").asString()).contains(JOHNS_COMMENT);
		assertProblem(otherTaskResponse, 409, "already-exists");
		assertThat(task(this.taskUid)).isEqualTo(before);
		assertThat(task(otherTask).get("Comments").isEmpty()).isTrue();
	}

	@Test
	void addToAnUnknownTaskAnswers404() {
		String unknown = UUID.randomUUID().toString();

		ApiClient.Response response = this.john.post("/v1/usertasks/" + unknown + "/comments",
				"{\"Comment\": \"Hello?\"}");

		assertProblem(response, 404, "not-found");
		assertThat(response.json().get("detail").asString()).contains(unknown);
		assertThat(commentRows()).isZero();
	}

	@Test
	void refusesABlankOrTooLongComment() {
		ApiClient.Response atLimit = this.john.post(this.comments, "{\"Comment\": \"" + "c".repeat(100_000) + "\"}");

		ApiClient.Response blank = this.john.post(this.comments, "{\"Comment\": \" \"}");
		ApiClient.Response missing = this.john.post(this.comments, "{\"Uid\": \"" + UUID.randomUUID() + "\"}");
		ApiClient.Response tooLong = this.john.post(this.comments, "{\"Comment\": \"" + "c".repeat(100_001) + "\"}");
		ApiClient.Response nul = this.john.post(this.comments, "{\"Comment\": \"a\\u0000b\"}");

		assertThat(atLimit.status()).isEqualTo(200);
		assertInvalid(blank, "Comment", "blank");
		assertInvalid(missing, "Comment", "blank");
		assertInvalid(tooLong, "Comment", "100000");
		assertInvalid(nul, "Comment", "NUL");
		assertThat(task(this.taskUid).get("Comments").size()).isEqualTo(1);
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "application/json-patch+json", "application/json", "text/json", "application/vnd.foo+json" })
	void readsEveryJsonContentTypeStructClientsSend(String contentType) {
		ApiClient.Response added = this.john.post(this.comments,
				"{\"Uid\": \"" + JOHNS_COMMENT + "\", \"Comment\": \"A\"}", contentType);
		ApiClient.Response edited = this.john.put(this.comments,
				"{\"Uid\": \"" + JOHNS_COMMENT + "\", \"Comment\": \"B\"}", contentType);
		ApiClient.Response refused = this.john.post(this.comments, "{\"Comment\": \"C\"}", "text/plain");

		assertThat(added.status()).as(added.body()).isEqualTo(200);
		assertThat(edited.status()).as(edited.body()).isEqualTo(200);
		assertProblem(refused, 415, "unsupported-media-type");
		assertThat(task(this.taskUid).get("Comments").findValuesAsString("Comment")).containsExactly("B");
	}

	@Test
	void theThreadComesOldestFirstTiesByUid() {
		String early = "00000000-0000-4000-8000-000000000001";
		String lateLow = "10000000-0000-4000-8000-000000000000";
		String lateHigh = "f0000000-0000-4000-8000-000000000000";
		this.clock.set("2024-05-01T10:00:00Z");
		this.john.post(this.comments, "{\"Uid\": \"" + lateHigh + "\", \"Comment\": \"Late, high\"}");
		this.john.post(this.comments, "{\"Uid\": \"" + lateLow + "\", \"Comment\": \"Late, low\"}");
		this.clock.set("2024-05-01T09:00:00Z");

		this.john.post(this.comments, "{\"Uid\": \"" + early + "\", \"Comment\": \"Early\"}");

		assertThat(task(this.taskUid).get("Comments").findValuesAsString("Uid")).containsExactly(early, lateLow,
				lateHigh);
	}

	// --- PUT /v1/usertasks/{uid}/comments

	@Test
	void theAuthorEditsTheCommentAndOnlyLastModifiedMoves() {
		this.clock.set("2023-01-03T07:41:08Z");
		this.john.post(this.comments, "{\"Uid\": \"" + JOHNS_COMMENT + "\", \"Comment\": \"Draft\"}");
		this.clock.set("2023-01-04T08:00:00.5Z");

		ApiClient.Response response = this.john.put(this.comments,
				"{\"Uid\": \"" + JOHNS_COMMENT + "\", \"Comment\": \"Final\"}", JSON_PATCH);

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.body()).isEmpty();
		assertThat(task(this.taskUid).get("Comments")).isEqualTo(parse("""
				[{
				  "Uid": "%s",
				  "Comment": "Final",
				  "UserId": "5",
				  "Name": "John Doe",
				  "Created": "2023-01-03T07:41:08.0000000+00:00",
				  "LastModified": "2023-01-04T08:00:00.5000000+00:00",
				  "IsSystemGenerated": false
				}]""".formatted(JOHNS_COMMENT)));
	}

	@Test
	void anAdminEditsSomeoneElsesCommentWhichKeepsItsAuthor() {
		this.john.post(this.comments, "{\"Uid\": \"" + JOHNS_COMMENT + "\", \"Comment\": \"Typo hre\"}");

		ApiClient.Response response = this.admin.put(this.comments,
				"{\"Uid\": \"" + JOHNS_COMMENT + "\", \"Comment\": \"Typo here\"}");

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		JsonNode comment = task(this.taskUid).get("Comments").get(0);
		assertThat(comment.get("Comment").asString()).isEqualTo("Typo here");
		assertThat(comment.get("UserId").asString()).isEqualTo("5");
		assertThat(comment.get("Name").asString()).isEqualTo("John Doe");
	}

	@Test
	void anotherUserMayNeitherEditNorDeleteTheComment() {
		ApiClient ann = clientOf("12", "Ann", "Lee");
		this.john.post(this.comments, "{\"Uid\": \"" + JOHNS_COMMENT + "\", \"Comment\": \"Mine\"}");
		JsonNode before = task(this.taskUid);
		long version = taskVersion();

		ApiClient.Response edit = ann.put(this.comments, "{\"Uid\": \"" + JOHNS_COMMENT + "\", \"Comment\": \"Hers\"}");
		ApiClient.Response delete = ann.delete(this.comments + "?commentUid=" + JOHNS_COMMENT);

		assertProblem(edit, 403, "forbidden");
		assertThat(edit.json().get("detail").asString()).contains("author");
		assertProblem(delete, 403, "forbidden");
		assertThat(task(this.taskUid)).isEqualTo(before);
		assertThat(taskVersion()).isEqualTo(version);
	}

	@Test
	void editOfAnUnknownCommentAnswers404() {
		String otherTask = createTask("Other");
		this.john.post("/v1/usertasks/" + otherTask + "/comments",
				"{\"Uid\": \"" + JOHNS_COMMENT + "\", \"Comment\": \"Elsewhere\"}");
		String unknown = UUID.randomUUID().toString();

		ApiClient.Response unknownComment = this.john.put(this.comments,
				"{\"Uid\": \"" + unknown + "\", \"Comment\": \"x\"}");
		ApiClient.Response commentOfAnotherTask = this.john.put(this.comments,
				"{\"Uid\": \"" + JOHNS_COMMENT + "\", \"Comment\": \"x\"}");
		ApiClient.Response unknownTask = this.john.put("/v1/usertasks/" + UUID.randomUUID() + "/comments",
				"{\"Uid\": \"" + JOHNS_COMMENT + "\", \"Comment\": \"x\"}");

		assertProblem(unknownComment, 404, "not-found");
		assertThat(unknownComment.json().get("detail").asString()).contains(unknown);
		assertProblem(commentOfAnotherTask, 404, "not-found");
		assertProblem(unknownTask, 404, "not-found");
		assertThat(task(otherTask).get("Comments").get(0).get("Comment").asString()).isEqualTo("Elsewhere");
	}

	@Test
	void editWithoutAUidOrCommentAnswers400() {
		this.john.post(this.comments, "{\"Uid\": \"" + JOHNS_COMMENT + "\", \"Comment\": \"Kept\"}");

		ApiClient.Response withoutUid = this.john.put(this.comments, "{\"Comment\": \"x\"}");
		ApiClient.Response withoutComment = this.john.put(this.comments, "{\"Uid\": \"" + JOHNS_COMMENT + "\"}");

		assertInvalid(withoutUid, "Uid", "null");
		assertInvalid(withoutComment, "Comment", "blank");
		assertThat(task(this.taskUid).get("Comments").get(0).get("Comment").asString()).isEqualTo("Kept");
	}

	// --- DELETE /v1/usertasks/{uid}/comments?commentUid=U

	@Test
	void theAuthorDeletesTheCommentNamedByCommentUid() {
		String kept = UUID.randomUUID().toString();
		this.john.post(this.comments, "{\"Uid\": \"" + JOHNS_COMMENT + "\", \"Comment\": \"Doomed\"}");
		this.john.post(this.comments, "{\"Uid\": \"" + kept + "\", \"Comment\": \"Kept\"}");

		ApiClient.Response response = this.john.delete(this.comments + "?commentUid=" + JOHNS_COMMENT);

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.body()).isEmpty();
		assertThat(task(this.taskUid).get("Comments").findValuesAsString("Uid")).containsExactly(kept);
	}

	@Test
	void deleteAcceptsCommentIdToo() {
		this.john.post(this.comments, "{\"Uid\": \"" + JOHNS_COMMENT + "\", \"Comment\": \"Doomed\"}");

		ApiClient.Response response = this.john.delete(this.comments + "?commentId=" + JOHNS_COMMENT);

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(task(this.taskUid).get("Comments").isEmpty()).isTrue();
	}

	@Test
	void anAdminDeletesSomeoneElsesComment() {
		this.john.post(this.comments, "{\"Uid\": \"" + JOHNS_COMMENT + "\", \"Comment\": \"Doomed\"}");

		ApiClient.Response response = this.admin.delete(this.comments + "?commentUid=" + JOHNS_COMMENT);

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(task(this.taskUid).get("Comments").isEmpty()).isTrue();
	}

	@Test
	void deleteOfAnUnknownCommentAnswers404() {
		String otherTask = createTask("Other");
		this.john.post("/v1/usertasks/" + otherTask + "/comments",
				"{\"Uid\": \"" + JOHNS_COMMENT + "\", \"Comment\": \"Elsewhere\"}");

		ApiClient.Response unknownComment = this.john.delete(this.comments + "?commentUid=" + UUID.randomUUID());
		ApiClient.Response commentOfAnotherTask = this.john.delete(this.comments + "?commentUid=" + JOHNS_COMMENT);
		ApiClient.Response unknownTask = this.john
			.delete("/v1/usertasks/" + UUID.randomUUID() + "/comments?commentUid=" + JOHNS_COMMENT);

		assertProblem(unknownComment, 404, "not-found");
		assertProblem(commentOfAnotherTask, 404, "not-found");
		assertProblem(unknownTask, 404, "not-found");
		assertThat(task(otherTask).get("Comments").size()).isEqualTo(1);
	}

	@Test
	void deleteWithoutCommentUidAnswers400() {
		this.john.post(this.comments, "{\"Uid\": \"" + JOHNS_COMMENT + "\", \"Comment\": \"Kept\"}");

		ApiClient.Response missing = this.john.delete(this.comments);
		ApiClient.Response malformed = this.john.delete(this.comments + "?commentUid=not-a-uuid");

		assertInvalid(missing, "commentUid", "required");
		assertInvalid(malformed, "commentUid", "UUID");
		assertThat(task(this.taskUid).get("Comments").size()).isEqualTo(1);
	}

	@Test
	void commentsTheServiceWroteItselfStayAsTheyAreEvenForAnAdmin() {
		OffsetDateTime at = OffsetDateTime.parse("2024-01-01T00:00:00Z");
		this.jdbc.sql("""
				insert into user_task_comment
				    (uid, task_uid, body, user_id, author_name, created, last_modified, system_generated)
				values (:uid, :taskUid, 'Status changed to Completed', 'admin', 'Admin', :at, :at, true)""")
			.param("uid", UUID.fromString(JOHNS_COMMENT))
			.param("taskUid", UUID.fromString(this.taskUid))
			.param("at", at)
			.update();

		ApiClient.Response edit = this.admin.put(this.comments,
				"{\"Uid\": \"" + JOHNS_COMMENT + "\", \"Comment\": \"Rewritten\"}");
		ApiClient.Response delete = this.admin.delete(this.comments + "?commentUid=" + JOHNS_COMMENT);

		assertProblem(edit, 403, "forbidden");
		assertProblem(delete, 403, "forbidden");
		JsonNode comment = task(this.taskUid).get("Comments").get(0);
		assertThat(comment.get("Comment").asString()).isEqualTo("Status changed to Completed");
		assertThat(comment.get("IsSystemGenerated").asBoolean()).isTrue();
	}

	@Test
	void everyChangeToTheThreadMarksTheTaskChanged() {
		List<Long> versions = new ArrayList<>();
		versions.add(taskVersion());

		this.john.post(this.comments, "{\"Uid\": \"" + JOHNS_COMMENT + "\", \"Comment\": \"A\"}");
		versions.add(taskVersion());
		this.john.put(this.comments, "{\"Uid\": \"" + JOHNS_COMMENT + "\", \"Comment\": \"B\"}");
		versions.add(taskVersion());
		this.john.delete(this.comments + "?commentUid=" + JOHNS_COMMENT);
		versions.add(taskVersion());

		assertThat(versions).isSorted().doesNotHaveDuplicates();
	}

	private long taskVersion() {
		return this.jdbc.sql("select version from user_task where uid = :uid")
			.param("uid", UUID.fromString(this.taskUid))
			.query(Long.class)
			.single();
	}

	private long commentRows() {
		return this.jdbc.sql("select count(*) from user_task_comment").query(Long.class).single();
	}

}

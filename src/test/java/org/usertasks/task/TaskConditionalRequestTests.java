package org.usertasks.task;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.usertasks.ApiClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.usertasks.ApiClient.parse;

/**
 * Optimistic concurrency on the wire: every task has a version, GET answers it as a
 * strong ETag, If-None-Match saves a download, and If-Match makes a change conditional on
 * the version the client read. Without If-Match (or with {@code *}), Struct's last write
 * wins. Safe retries of a create belong here too.
 */
class TaskConditionalRequestTests extends TaskApiTestSupport {

	private ApiClient kim;

	private String group;

	private String uid;

	@BeforeEach
	void aTaskAssignedToKimWithAnAttachedProduct() {
		this.group = createGroup("Translators");
		createUser("5", "Kim", "Lund", this.group);
		this.kim = this.admin.as(createKey("5", false));
		this.uid = UUID.randomUUID().toString();
		postTask("""
				{"Uid": "%s", "Title": "Translate", "AssignedUsers": ["5"], "AssignedUserGroups": ["%s"],
				 "AttachedEntities": [{"EntityType": 0, "EntityId": "1022"}]}""".formatted(this.uid, this.group));
		this.clock.advance(Duration.ofMinutes(1));
	}

	// --- ETag and If-None-Match on GET

	@Test
	void getAnswersTheVersionAsAStrongETagThatGrowsWithEachChange() {
		String before = etag(this.uid);

		putTask(put("Translate to Danish"));

		assertThat(before).isEqualTo("\"1\"");
		assertThat(etag(this.uid)).isEqualTo("\"2\"");
	}

	@Test
	void createAnswersTheFirstETag() {
		ApiClient.Response response = this.admin.post("/v1/usertasks", "{\"Title\": \"Another\"}");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).isEmpty();
		assertThat(response.header("ETag")).isEqualTo("\"1\"");
	}

	@Test
	void getWithTheCurrentETagInIfNoneMatchAnswers304WithoutABody() {
		String etag = etag(this.uid);

		ApiClient.Response response = this.admin
			.send(this.admin.request("/v1/usertasks/" + this.uid).header("If-None-Match", etag).GET());

		assertThat(response.status()).isEqualTo(304);
		assertThat(response.body()).isEmpty();
		assertThat(response.header("ETag")).isEqualTo(etag);
	}

	@Test
	void getWithAnOldETagInIfNoneMatchAnswersTheTask() {
		String old = etag(this.uid);
		putTask(put("Translate to Danish"));

		ApiClient.Response response = this.admin
			.send(this.admin.request("/v1/usertasks/" + this.uid).header("If-None-Match", old).GET());

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("Title").asString()).isEqualTo("Translate to Danish");
		assertThat(response.header("ETag")).isEqualTo("\"2\"");
	}

	// --- If-Match on PUT and DELETE

	@Test
	void putWithTheCurrentETagUpdatesAndAnswersTheNewETag() {
		String etag = etag(this.uid);

		ApiClient.Response response = send(this.admin, "PUT", "/v1/usertasks", put("Translate to Danish"), etag);

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.body()).isEmpty();
		assertThat(response.header("ETag")).isEqualTo("\"2\"").isEqualTo(etag(this.uid));
		assertThat(task(this.uid).get("Title").asString()).isEqualTo("Translate to Danish");
	}

	@Test
	void putWithAStaleETagAnswers412WithTheCurrentETagAndChangesNothing() {
		String stale = etag(this.uid);
		putTask(put("Translate to Danish"));
		JsonNode before = task(this.uid);
		JsonNode historyBefore = history(this.uid);

		ApiClient.Response response = send(this.admin, "PUT", "/v1/usertasks", put("Translate to Swedish"), stale);

		assertPreconditionFailed(response, "\"2\"");
		assertThat(task(this.uid)).isEqualTo(before);
		assertThat(history(this.uid)).isEqualTo(historyBefore);
	}

	@Test
	void aWeakETagNeverMatches() {
		String weak = "W/" + etag(this.uid);

		ApiClient.Response response = send(this.admin, "PUT", "/v1/usertasks", put("Translate to Danish"), weak);

		assertPreconditionFailed(response, "\"1\"");
		assertThat(task(this.uid).get("Title").asString()).isEqualTo("Translate");
	}

	@Test
	void anIfMatchListingTheCurrentETagAmongOthersMatches() {
		String current = etag(this.uid);

		ApiClient.Response response = send(this.admin, "PUT", "/v1/usertasks", put("Translate to Danish"),
				"\"7\", " + current + ", W/\"9\"");

		assertThat(response.status()).as(response.body()).isEqualTo(200);
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = "*")
	void withoutIfMatchOrWithAnAsteriskTheLastWriteWins(String ifMatch) {
		putTask(put("Someone else's title"));
		putTask(put("And another one"));

		ApiClient.Response response = send(this.admin, "PUT", "/v1/usertasks", put("Mine"), ifMatch);

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.header("ETag")).isEqualTo("\"4\"");
		assertThat(task(this.uid).get("Title").asString()).isEqualTo("Mine");
	}

	@Test
	void aPutThatChangesNothingKeepsTheVersionAndRecordsNothing() {
		JsonNode before = task(this.uid);
		String etag = etag(this.uid);
		this.clock.advance(Duration.ofMinutes(1));

		ApiClient.Response response = send(this.admin, "PUT", "/v1/usertasks", put("Translate"), etag);

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.header("ETag")).isEqualTo(etag);
		assertThat(task(this.uid)).isEqualTo(before);
		assertThat(history(this.uid)).isEqualTo(parse("[]"));
	}

	@Test
	void deleteWithAStaleETagAnswers412AndKeepsTheTask() {
		String stale = etag(this.uid);
		putTask(put("Translate to Danish"));
		JsonNode before = task(this.uid);

		ApiClient.Response response = send(this.admin, "DELETE", "/v1/usertasks/" + this.uid, null, stale);

		assertPreconditionFailed(response, "\"2\"");
		assertThat(task(this.uid)).isEqualTo(before);
	}

	@Test
	void deleteWithTheCurrentETagDeletes() {
		String etag = etag(this.uid);

		ApiClient.Response response = send(this.admin, "DELETE", "/v1/usertasks/" + this.uid, null, etag);

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertProblem(this.admin.get("/v1/usertasks/" + this.uid), 404, "not-found");
	}

	@Test
	void aChangeOfAnUnknownTaskAnswers404WhateverItsIfMatch() {
		String unknown = UUID.randomUUID().toString();

		ApiClient.Response put = send(this.admin, "PUT", "/v1/usertasks",
				"{\"Uid\": \"" + unknown + "\", \"Title\": \"x\"}", "\"1\"");
		ApiClient.Response delete = send(this.admin, "DELETE", "/v1/usertasks/" + unknown, null, "\"1\"");

		assertProblem(put, 404, "not-found");
		assertProblem(delete, 404, "not-found");
	}

	// --- If-Match on the workflow endpoints

	@ParameterizedTest
	@ValueSource(strings = { "status", "claim", "unclaim", "entity" })
	void aWorkflowChangeWithTheCurrentETagAnswersTheTaskWithItsNewETag(String change) {
		claimFirstIfUnclaiming(change);
		String etag = etag(this.uid);

		ApiClient.Response response = workflow(change, etag);

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		String next = "\"" + (Long.parseLong(etag.replace("\"", "")) + 1) + "\"";
		assertThat(response.header("ETag")).isEqualTo(next).isEqualTo(etag(this.uid));
		assertThat(response.json()).isEqualTo(task(this.uid));
	}

	@ParameterizedTest
	@ValueSource(strings = { "status", "claim", "unclaim", "entity" })
	void aWorkflowChangeWithAStaleETagAnswers412AndChangesNothing(String change) {
		claimFirstIfUnclaiming(change);
		String stale = etag(this.uid);
		putTask(put("Translate to Danish"));
		String current = etag(this.uid);
		JsonNode before = task(this.uid);

		ApiClient.Response response = workflow(change, stale);

		assertPreconditionFailed(response, current);
		assertThat(task(this.uid)).isEqualTo(before);
	}

	@ParameterizedTest
	@ValueSource(strings = { "status", "claim", "unclaim", "entity" })
	void aWorkflowChangeWithoutIfMatchWinsOverAnyVersion(String change) {
		claimFirstIfUnclaiming(change);
		putTask(put("Translate to Danish"));

		ApiClient.Response response = workflow(change, null);

		assertThat(response.status()).as(response.body()).isEqualTo(200);
	}

	// --- Safe retries of a create

	@Test
	void repeatingACreateWithTheSameUidAndContentAnswers200AndKeepsOneTask() {
		String uid = UUID.randomUUID().toString();
		String body = """
				{"Uid": "%s", "Title": "Check prices", "Description": "All of them",
				 "Deadline": "2023-01-14T00:00:00.0000000+02:00", "AssignedUsers": ["5"], "AssignedUserGroups": ["%s"],
				 "AttachedEntities": [{"EntityType": 0, "EntityId": "1022"}]}""".formatted(uid, this.group);
		ApiClient.Response first = this.admin.post("/v1/usertasks", body);
		JsonNode created = task(uid);
		this.clock.advance(Duration.ofMinutes(1));

		ApiClient.Response retry = this.admin.post("/v1/usertasks", body);

		assertThat(first.status()).as(first.body()).isEqualTo(200);
		assertThat(retry.status()).as(retry.body()).isEqualTo(200);
		assertThat(retry.body()).isEmpty();
		assertThat(retry.header("ETag")).isEqualTo("\"1\"");
		assertThat(task(uid)).isEqualTo(created);
		assertThat(total()).isEqualTo(2);
	}

	@Test
	void repeatingACreateWithTheSameUidAndOtherContentAnswers409AndKeepsTheTask() {
		JsonNode before = task(this.uid);

		ApiClient.Response response = this.admin.post("/v1/usertasks", """
				{"Uid": "%s", "Title": "Something else", "AssignedUsers": ["5"], "AssignedUserGroups": ["%s"],
				 "AttachedEntities": [{"EntityType": 0, "EntityId": "1022"}]}""".formatted(this.uid, this.group));

		assertProblem(response, 409, "already-exists");
		assertThat(response.json().get("detail").asString()).contains(this.uid);
		assertThat(task(this.uid)).isEqualTo(before);
		assertThat(total()).isEqualTo(1);
	}

	@Test
	void createsWithoutAUidAreNeverRetriesOfEachOther() {
		String body = "{\"Title\": \"Check prices\"}";

		this.admin.post("/v1/usertasks", body);
		this.admin.post("/v1/usertasks", body);

		assertThat(total()).isEqualTo(3);
	}

	private void claimFirstIfUnclaiming(String change) {
		if (change.equals("unclaim")) {
			ApiClient.Response claimed = this.kim.post("/v1/usertasks/" + this.uid + "/claim", "");
			assertThat(claimed.status()).as(claimed.body()).isEqualTo(200);
		}
	}

	/** One of the workflow changes, by Kim, who is assigned. */
	private ApiClient.Response workflow(String change, String ifMatch) {
		String task = "/v1/usertasks/" + this.uid;
		return switch (change) {
			case "status" -> send(this.kim, "POST", task + "/status", "{\"Status\": 3}", ifMatch);
			case "claim" -> send(this.kim, "POST", task + "/claim", null, ifMatch);
			case "unclaim" -> send(this.kim, "POST", task + "/unclaim", null, ifMatch);
			case "entity" -> send(this.kim, "PUT", task + "/entities/0/1022", "{\"Status\": 1}", ifMatch);
			default -> throw new IllegalArgumentException(change);
		};
	}

	/** The task's content with another title; assignees and entities as created. */
	private String put(String title) {
		return """
				{"Uid": "%s", "Title": "%s", "AssignedUsers": ["5"], "AssignedUserGroups": ["%s"],
				 "AttachedEntities": [{"EntityType": 0, "EntityId": "1022"}]}""".formatted(this.uid, title, this.group);
	}

	private static void assertPreconditionFailed(ApiClient.Response response, String currentETag) {
		assertProblem(response, 412, "precondition-failed");
		assertThat(response.json().get("currentETag").asString()).isEqualTo(currentETag);
		assertThat(response.header("ETag")).isEqualTo(currentETag);
	}

}

package org.usertasks.task;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.usertasks.ApiClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two clients changing one task at the same moment, over real HTTP on parallel threads:
 * with If-Match exactly one wins and the other learns it lost; a claim has exactly one
 * holder; without If-Match every change goes in, one after the other, and none is lost.
 */
class TaskConcurrencyTests extends TaskApiTestSupport {

	private static final int ROUNDS = 5;

	private String group;

	private ApiClient ann;

	private ApiClient bob;

	@BeforeEach
	void twoMembersOfOneGroup() {
		this.group = createGroup("Translators");
		createUser("5", "Ann", "Lee", this.group);
		createUser("10", "Bob", "Berg", this.group);
		this.ann = this.admin.as(createKey("5", false));
		this.bob = this.admin.as(createKey("10", false));
	}

	@RepeatedTest(ROUNDS)
	void ofTwoPutsWithTheSameIfMatchExactlyOneWinsAndTheOtherGets412() throws Exception {
		String uid = taskForTheGroup();
		String etag = etag(uid);

		List<ApiClient.Response> responses = together(
				List.of(() -> send(this.ann, "PUT", "/v1/usertasks", content(uid, "Ann's title"), etag),
						() -> send(this.bob, "PUT", "/v1/usertasks", content(uid, "Bob's title"), etag)));

		assertThat(responses).extracting(ApiClient.Response::status).containsExactlyInAnyOrder(200, 412);
		int winner = (responses.get(0).status() == 200) ? 0 : 1;
		ApiClient.Response loser = responses.get(1 - winner);
		assertProblem(loser, 412, "precondition-failed");
		assertThat(loser.json().get("currentETag").asString()).isEqualTo("\"2\"");
		JsonNode stored = task(uid);
		assertThat(stored.get("Title").asString()).isEqualTo((winner == 0) ? "Ann's title" : "Bob's title");
		assertThat(etag(uid)).isEqualTo("\"2\"").isEqualTo(responses.get(winner).header("ETag"));
		assertThat(history(uid).findValuesAsString("Field")).containsExactly("Title");
	}

	@RepeatedTest(ROUNDS)
	void ofAStatusChangeAndAPutWithTheSameIfMatchExactlyOneWins() throws Exception {
		String uid = taskForTheGroup();
		String etag = etag(uid);

		List<ApiClient.Response> responses = together(
				List.of(() -> send(this.ann, "POST", "/v1/usertasks/" + uid + "/status", "{\"Status\": 4}", etag),
						() -> send(this.bob, "PUT", "/v1/usertasks", content(uid, "Bob's title"), etag)));

		assertThat(responses).extracting(ApiClient.Response::status).containsExactlyInAnyOrder(200, 412);
		JsonNode stored = task(uid);
		if (responses.get(0).status() == 200) {
			assertThat(stored.get("Status").asInt()).isEqualTo(4);
			assertThat(stored.get("Title").asString()).isEqualTo("Translate");
		}
		else {
			assertThat(stored.get("Status").asInt()).isEqualTo(0);
			assertThat(stored.get("Title").asString()).isEqualTo("Bob's title");
		}
		assertThat(etag(uid)).isEqualTo("\"2\"");
	}

	@RepeatedTest(ROUNDS)
	void ofTwoMembersClaimingOneTaskExactlyOneGetsItAndTheOtherLearnsWhoHasIt() throws Exception {
		String uid = taskForTheGroup();

		List<ApiClient.Response> responses = together(
				List.of(() -> this.ann.post("/v1/usertasks/" + uid + "/claim", ""),
						() -> this.bob.post("/v1/usertasks/" + uid + "/claim", "")));

		assertThat(responses).extracting(ApiClient.Response::status).containsExactlyInAnyOrder(200, 409);
		String winner = (responses.get(0).status() == 200) ? "5" : "10";
		ApiClient.Response loser = responses.get((responses.get(0).status() == 200) ? 1 : 0);
		assertProblem(loser, 409, "conflict");
		assertThat(loser.json().get("reason").asString()).isEqualTo("claimed");
		assertThat(loser.json().get("holder").asString()).isEqualTo(winner);
		JsonNode stored = task(uid);
		assertThat(stored.get("AssignedUsers").valueStream().map(JsonNode::asString)).containsExactly(winner);
		assertThat(stored.get("Status").asInt()).isEqualTo(2);
		JsonNode history = history(uid);
		assertThat(history.findValuesAsString("Field")).as("one claim recorded")
			.containsExactly("Status", "AssignedUsers", "ClaimedBy");
		assertThat(history.get(2).get("NewValue").asString()).isEqualTo(winner);
	}

	@Test
	void changesWithoutIfMatchAllGoInOneAfterTheOther() throws Exception {
		String uid = taskForTheGroup();
		List<Callable<ApiClient.Response>> puts = IntStream
			.range(0, 6).<Callable<ApiClient
					.Response>>mapToObj(
							(i) -> () -> send(this.ann, "PUT", "/v1/usertasks", content(uid, "Title " + i), null))
			.toList();

		List<ApiClient.Response> responses = together(puts);

		assertThat(responses).extracting(ApiClient.Response::status).containsOnly(200);
		assertThat(responses).extracting((response) -> response.header("ETag"))
			.containsExactlyInAnyOrder("\"2\"", "\"3\"", "\"4\"", "\"5\"", "\"6\"", "\"7\"");
		assertThat(etag(uid)).isEqualTo("\"7\"");
		JsonNode history = history(uid);
		assertThat(history.size()).isEqualTo(6);
		for (int i = 1; i < history.size(); i++) {
			assertThat(history.get(i).get("OldValue").asString()).as("each change starts from the one before")
				.isEqualTo(history.get(i - 1).get("NewValue").asString());
		}
		assertThat(task(uid).get("Title").asString()).isEqualTo(history.get(5).get("NewValue").asString());
	}

	@RepeatedTest(ROUNDS)
	void twoIdenticalCreatesAtOnceBothSucceedWithOneTask() throws Exception {
		String uid = UUID.randomUUID().toString();
		String body = "{\"Uid\": \"" + uid + "\", \"Title\": \"Once\", \"AssignedUsers\": [\"5\"]}";
		Callable<ApiClient.Response> create = () -> this.admin.post("/v1/usertasks", body);

		List<ApiClient.Response> responses = together(List.of(create, create));

		assertThat(responses).extracting(ApiClient.Response::status).containsOnly(200);
		assertThat(this.jdbc.sql("select count(*) from user_task where uid = :uid")
			.param("uid", UUID.fromString(uid))
			.query(Long.class)
			.single()).isOne();
		assertThat(task(uid).get("AssignedUsers").size()).isOne();
	}

	private String taskForTheGroup() {
		String uid = UUID.randomUUID().toString();
		postTask("""
				{"Uid": "%s", "Title": "Translate", "AssignedUserGroups": ["%s"]}""".formatted(uid, this.group));
		return uid;
	}

	private String content(String uid, String title) {
		return """
				{"Uid": "%s", "Title": "%s", "AssignedUserGroups": ["%s"]}""".formatted(uid, title, this.group);
	}

}

package org.usertasks.task;

import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.usertasks.ApiClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limits and errors of task requests: each refusal is a problem detail that names the
 * field as the client sent it, and a refused request changes nothing.
 */
class TaskRequestValidationTests extends TaskApiTestSupport {

	@ParameterizedTest
	@ValueSource(strings = { "POST", "PUT" })
	void refusesATitleLongerThan1000Characters(String method) {
		String uid = createTask("Kept");

		ApiClient.Response atLimit = send(method, uid, "\"Title\": \"" + "t".repeat(1000) + "\"");
		ApiClient.Response overLimit = send(method, uid, "\"Title\": \"" + "t".repeat(1001) + "\"");

		assertThat(atLimit.status()).as(atLimit.body()).isEqualTo(200);
		assertInvalid(overLimit, "Title", "1000");
	}

	@ParameterizedTest
	@ValueSource(strings = { "POST", "PUT" })
	void refusesADescriptionLongerThan100000Characters(String method) {
		String uid = createTask("Kept");

		ApiClient.Response atLimit = send(method, uid, "\"Description\": \"" + "d".repeat(100_000) + "\"");
		ApiClient.Response overLimit = send(method, uid, "\"Description\": \"" + "d".repeat(100_001) + "\"");

		assertThat(atLimit.status()).as(atLimit.body()).isEqualTo(200);
		assertInvalid(overLimit, "Description", "100000");
	}

	@ParameterizedTest
	@ValueSource(strings = { "POST", "PUT" })
	void refusesMoreThan1000AttachedEntities(String method) {
		String uid = createTask("Kept");

		ApiClient.Response overLimit = send(method, uid, "\"AttachedEntities\": " + entities(1001));

		assertInvalid(overLimit, "AttachedEntities", "1000");
		assertThat(task(uid).get("AttachedEntities").isEmpty()).isTrue();
	}

	@Test
	void keeps1000AttachedEntitiesInOrder() {
		String uid = createTask("Many");

		putTask("{\"Uid\": \"" + uid + "\", \"AttachedEntities\": " + entities(1000) + "}");

		JsonNode entities = task(uid).get("AttachedEntities");
		assertThat(entities.size()).isEqualTo(1000);
		assertThat(entities.get(0).get("EntityId").asString()).isEqualTo("1000");
		assertThat(entities.get(999).get("EntityId").asString()).isEqualTo("1");
	}

	@ParameterizedTest
	@ValueSource(strings = { "POST", "PUT" })
	void refusesMoreThan1000AssignedUsersOrGroups(String method) {
		String uid = createTask("Kept");
		String users = IntStream.rangeClosed(1, 1001)
			.mapToObj((i) -> "\"" + i + "\"")
			.collect(Collectors.joining(",", "[", "]"));
		String groups = IntStream.rangeClosed(1, 1001)
			.mapToObj((i) -> "\"" + UUID.randomUUID() + "\"")
			.collect(Collectors.joining(",", "[", "]"));
		// Struct's sample sends several users in one string; each string stays short.
		String usersInStrings = IntStream.range(0, 11)
			.mapToObj((chunk) -> IntStream.rangeClosed(chunk * 100 + 1, Math.min(chunk * 100 + 100, 1001))
				.mapToObj(Integer::toString)
				.collect(Collectors.joining(", ", "\"", "\"")))
			.collect(Collectors.joining(",", "[", "]"));

		ApiClient.Response tooManyUsers = send(method, uid, "\"AssignedUsers\": " + users);
		ApiClient.Response tooManyGroups = send(method, uid, "\"AssignedUserGroups\": " + groups);
		ApiClient.Response tooManySplitUsers = send(method, uid, "\"AssignedUsers\": " + usersInStrings);

		assertInvalid(tooManyUsers, "AssignedUsers", "1000");
		assertInvalid(tooManyGroups, "AssignedUserGroups", "1000");
		assertInvalid(tooManySplitUsers, "AssignedUsers", "1000");
	}

	@ParameterizedTest
	@ValueSource(strings = { "POST", "PUT" })
	void refusesAnUnknownUserNamingItsIndexAndId(String method) {
		createUsers("5");
		String uid = createTask("Kept");

		ApiClient.Response unknown = send(method, uid, "\"AssignedUsers\": [\"5\", \"99\"]");
		ApiClient.Response unknownInList = send(method, uid, "\"AssignedUsers\": [\"5\", \"12, 5\"]");

		assertInvalid(unknown, "AssignedUsers[1]", "'99'");
		assertInvalid(unknownInList, "AssignedUsers[1]", "'12'");
		assertThat(errors(unknown)).hasSize(1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "POST", "PUT" })
	void refusesAnUnknownGroupNamingItsIndexAndId(String method) {
		String editors = createGroup("Editors");
		String unknown = UUID.randomUUID().toString();
		String uid = createTask("Kept");

		ApiClient.Response response = send(method, uid,
				"\"AssignedUserGroups\": [\"" + editors + "\", \"" + unknown + "\"]");

		assertInvalid(response, "AssignedUserGroups[1]", unknown);
		assertThat(errors(response)).hasSize(1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "0000-12-31T23:59:59.9999999+00:00", "-4714-01-01T00:00:00Z", "+10000-01-01T00:00:00Z",
			"+294277-01-01T00:00:00Z" })
	void refusesADeadlineOutsideTheYearsStructCanShow(String deadline) {
		String uid = createTask("Kept");

		ApiClient.Response created = send("POST", uid, "\"Deadline\": \"" + deadline + "\"");
		ApiClient.Response updated = send("PUT", uid, "\"Deadline\": \"" + deadline + "\"");

		assertInvalid(created, "Deadline", "years 0001 to 9999");
		assertInvalid(updated, "Deadline", "years 0001 to 9999");
		assertThat(task(uid).get("Deadline").isNull()).isTrue();
		assertThat(total()).isOne();
	}

	@Test
	void refusesATakenUidWith409AndKeepsTheTask() {
		String uid = createTask("First");
		JsonNode before = task(uid);

		ApiClient.Response response = this.admin.post("/v1/usertasks",
				"{\"Uid\": \"" + uid + "\", \"Title\": \"Second\"}", JSON_PATCH);

		assertProblem(response, 409, "already-exists");
		assertThat(response.json().get("detail").asString()).contains(uid);
		assertThat(task(uid)).isEqualTo(before);
		assertThat(total()).isEqualTo(1);
	}

	@Test
	void aRefusedUpdateLeavesTheTaskExactlyAsItWas() {
		createUsers("5", "10");
		String editors = createGroup("Editors");
		String uid = UUID.randomUUID().toString();
		postTask(
				"""
						{"Uid": "%s", "Title": "Before", "Description": "As it was", "Deadline": "2023-01-14T00:00:00.0000000+02:00",
						 "AssignedUsers": ["5"], "AssignedUserGroups": ["%s"],
						 "AttachedEntities": [{"EntityType": 0, "EntityId": "1022"}]}"""
					.formatted(uid, editors));
		JsonNode before = task(uid);

		ApiClient.Response response = this.admin.put("/v1/usertasks", """
				{"Uid": "%s", "Title": "After", "Description": null, "Deadline": null, "Status": 2,
				 "AssignedUsers": ["10", "99"], "AssignedUserGroups": [],
				 "AttachedEntities": [{"EntityType": 1, "EntityId": "1"}]}""".formatted(uid));

		assertInvalid(response, "AssignedUsers[1]", "'99'");
		assertThat(task(uid)).isEqualTo(before);
	}

	@Test
	void aRefusedCreateCreatesNothing() {
		createUsers("5");
		String uid = UUID.randomUUID().toString();

		ApiClient.Response response = this.admin.post("/v1/usertasks", """
				{"Uid": "%s", "Title": "Never", "AssignedUsers": ["5"], "AssignedUserGroups": ["%s"],
				 "AttachedEntities": [{"EntityType": 0, "EntityId": "1022"}]}""".formatted(uid, UUID.randomUUID()));

		assertInvalid(response, "AssignedUserGroups[0]", "no user group");
		assertProblem(this.admin.get("/v1/usertasks/" + uid), 404, "not-found");
		assertThat(total()).isZero();
	}

	@Test
	void refusesABlankOrTooLongEntityId() {
		ApiClient.Response blank = this.admin.post("/v1/usertasks",
				"{\"AttachedEntities\": [{\"EntityType\": 0, \"EntityId\": \"1\"}, {\"EntityType\": 0, \"EntityId\": \" \"}]}");
		ApiClient.Response missing = this.admin.post("/v1/usertasks", "{\"AttachedEntities\": [{\"EntityType\": 0}]}");
		ApiClient.Response tooLong = this.admin.post("/v1/usertasks",
				"{\"AttachedEntities\": [{\"EntityType\": 0, \"EntityId\": \"" + "9".repeat(256) + "\"}]}");

		assertInvalid(blank, "AttachedEntities[1].EntityId", "blank");
		assertInvalid(missing, "AttachedEntities[0].EntityId", "blank");
		assertInvalid(tooLong, "AttachedEntities[0].EntityId", "255");
		assertThat(total()).isZero();
	}

	@Test
	void refusesAStatusThatIsNotOneOfStructs() {
		String uid = createTask("Kept");

		ApiClient.Response unknownCode = this.admin.put("/v1/usertasks", "{\"Uid\": \"" + uid + "\", \"Status\": 5}");
		ApiClient.Response unknownName = this.admin.put("/v1/usertasks",
				"{\"Uid\": \"" + uid + "\", \"Status\": \"Done\"}");

		assertInvalid(unknownCode, "Status", "0 New, 1 ReOpened, 2 InProgress, 3 AwaitingFeedback, 4 Completed");
		assertInvalid(unknownName, "Status", "'Done'");
		assertThat(task(uid).get("Status").asInt()).isZero();
	}

	@Test
	void refusesMalformedValuesNamingTheField() {
		ApiClient.Response deadline = this.admin.post("/v1/usertasks", "{\"Deadline\": \"next Tuesday\"}");
		ApiClient.Response uid = this.admin.post("/v1/usertasks", "{\"Uid\": \"not-a-uuid\"}");
		ApiClient.Response users = this.admin.post("/v1/usertasks", "{\"AssignedUsers\": \"5\"}");
		ApiClient.Response group = this.admin.post("/v1/usertasks", "{\"AssignedUserGroups\": [\"editors\"]}");

		assertInvalid(deadline, "Deadline", "ISO-8601");
		assertInvalid(uid, "Uid", "UUID");
		assertInvalid(users, "AssignedUsers", "array");
		assertInvalid(group, "AssignedUserGroups[0]", "UUID");
		assertThat(total()).isZero();
	}

	@Test
	void refusesABodyThatIsNotJsonOrMissing() {
		ApiClient.Response malformed = this.admin.post("/v1/usertasks", "{\"Title\": ");
		ApiClient.Response empty = this.admin.post("/v1/usertasks", "");
		ApiClient.Response array = this.admin.put("/v1/usertasks", "[]");

		assertProblem(malformed, 400, "invalid-request");
		assertProblem(empty, 400, "invalid-request");
		assertProblem(array, 400, "invalid-request");
		assertThat(total()).isZero();
	}

	@Test
	void refusesTheNulCharacterWhichPostgresqlCannotStore() {
		createUsers("5");

		ApiClient.Response title = this.admin.post("/v1/usertasks", "{\"Title\": \"a\\u0000b\"}");
		ApiClient.Response user = this.admin.post("/v1/usertasks", "{\"AssignedUsers\": [\"5\", \"5\\u0000\"]}");
		ApiClient.Response entity = this.admin.post("/v1/usertasks",
				"{\"AttachedEntities\": [{\"EntityType\": 0, \"EntityId\": \"1\\u0000\"}]}");

		assertInvalid(title, "Title", "NUL");
		assertInvalid(user, "AssignedUsers[1]", "NUL");
		assertInvalid(entity, "AttachedEntities[0].EntityId", "NUL");
		assertThat(total()).isZero();
	}

	/** A create (a new task) or an update (of the given task) with these properties. */
	private ApiClient.Response send(String method, String uid, String properties) {
		if (method.equals("POST")) {
			return this.admin.post("/v1/usertasks", "{" + properties + "}", JSON_PATCH);
		}
		return this.admin.put("/v1/usertasks", "{\"Uid\": \"" + uid + "\", " + properties + "}", JSON_PATCH);
	}

	/** Attached entities numbered from {@code count} down to 1. */
	private static String entities(int count) {
		return IntStream.iterate(count, (i) -> i > 0, (i) -> i - 1)
			.mapToObj((i) -> "{\"EntityType\": 0, \"EntityId\": \"" + i + "\"}")
			.collect(Collectors.joining(",", "[", "]"));
	}

}

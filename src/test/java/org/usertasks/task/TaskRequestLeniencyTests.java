package org.usertasks.task;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.usertasks.ApiClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.usertasks.ApiClient.parse;

/**
 * What the service reads leniently, as Struct's clients and its own samples send it:
 * enums as numbers, names or {@code {}}, any entity type, comma-separated users,
 * camelCase names and properties it does not know.
 */
class TaskRequestLeniencyTests extends TaskApiTestSupport {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "2 | 2", "\"InProgress\" | 2", "\"inprogress\" | 2", "\"2\" | 2",
			"\"ReOpened\" | 1", "4 | 4", "\"Completed\" | 4", "\"AwaitingFeedback\" | 3", "0 | 0" })
	void readsStatusAsItsCodeOrItsName(String sent, int answered) {
		String uid = createTask("Translate");

		putTask("{\"Uid\": \"" + uid + "\", \"Status\": " + sent + "}");

		assertThat(task(uid).get("Status").asInt()).isEqualTo(answered);
	}

	@Test
	void readsAnEmptyObjectEnumAsNotGiven() {
		String uid = UUID.randomUUID().toString();
		postTask(
				"""
						{"Uid": "%s", "Status": {}, "AttachedEntities": [{"EntityType": {}, "EntityId": "1022", "Status": {}}]}"""
					.formatted(uid));
		putTask("""
				{"Uid": "%s", "Status": 2, "AttachedEntities": [{"EntityType": 0, "EntityId": "1022", "Status": 1}]}"""
			.formatted(uid));

		putTask("""
				{"Uid": "%s", "Status": {}, "AttachedEntities": [{"EntityType": {}, "EntityId": "1022", "Status": {}}]}"""
			.formatted(uid));

		JsonNode task = task(uid);
		assertThat(task.get("Status").asInt()).isEqualTo(2);
		assertThat(task.get("AttachedEntities"))
			.isEqualTo(parse("[{\"EntityType\": 0, \"EntityId\": \"1022\", \"Status\": 1}]"));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "0 | 0", "3 | 3", "4 | 4", "1000 | 1000", "2147483647 | 2147483647",
			"\"17\" | 17", "\"Variant\" | 1", "\"category\" | 2", "\"Asset\" | 3", "{} | 0", "null | 0" })
	void keepsAnyNonNegativeEntityTypeAsGiven(String sent, int answered) {
		String uid = UUID.randomUUID().toString();

		postTask("""
				{"Uid": "%s", "AttachedEntities": [{"EntityType": %s, "EntityId": "1022"}]}""".formatted(uid, sent));

		assertThat(task(uid).get("AttachedEntities").get(0).get("EntityType").asInt()).isEqualTo(answered);
	}

	@ParameterizedTest
	@ValueSource(strings = { "-1", "2147483648", "1.5", "\"Widget\"", "true", "[0]", "{\"Value\": 1}" })
	void refusesANegativeOrNonIntegerEntityType(String sent) {
		ApiClient.Response response = this.admin.post("/v1/usertasks", """
				{"AttachedEntities": [{"EntityType": 0, "EntityId": "1"}, {"EntityType": %s, "EntityId": "2"}]}"""
			.formatted(sent));

		assertInvalid(response, "AttachedEntities[1].EntityType", "non-negative integer");
		assertThat(total()).isZero();
	}

	@Test
	void refusesANonEmptyObjectAsAnEnum() {
		ApiClient.Response response = this.admin.post("/v1/usertasks",
				"{\"AttachedEntities\": [{\"EntityId\": \"1\", \"Status\": {\"Value\": 1}}]}");

		assertInvalid(response, "AttachedEntities[0].Status", "0 Pending");
		assertThat(total()).isZero();
	}

	@Test
	void readsAttachedEntityStatusByName() {
		String uid = UUID.randomUUID().toString();

		postTask("""
				{"Uid": "%s", "AttachedEntities": [{"EntityType": 0, "EntityId": "1", "Status": "Done"},
				 {"EntityType": 0, "EntityId": "2", "Status": "pending"}]}""".formatted(uid));

		assertThat(task(uid).get("AttachedEntities")).isEqualTo(parse("""
				[{"EntityType": 0, "EntityId": "1", "Status": 1}, {"EntityType": 0, "EntityId": "2", "Status": 0}]"""));
	}

	@Test
	void splitsCommaSeparatedAssignedUsersAsStructsSampleSendsThem() {
		createUsers("5", "10");
		String uid = "073af031-fc72-4ade-9708-1862c353dab3";

		postTask("{\"Uid\": \"" + uid + "\", \"AssignedUsers\": [\"5, 10\"]}");

		assertThat(task(uid).get("AssignedUsers")).isEqualTo(parse("[\"5\", \"10\"]"));
	}

	@Test
	void assignsEachUserOnceInTheOrderFirstNamed() {
		createUsers("5", "10", "12");
		String uid = createTask("Translate");

		putTask("{\"Uid\": \"" + uid + "\", \"AssignedUsers\": [\" 12 ,5,\", \"10\", \"5\", \"12, 10\"]}");

		assertThat(task(uid).get("AssignedUsers")).isEqualTo(parse("[\"12\", \"5\", \"10\"]"));
	}

	@Test
	void assignsEachGroupAndEntityOnce() {
		String editors = createGroup("Editors");
		String uid = createTask("Translate");

		putTask("""
				{"Uid": "%s", "AssignedUserGroups": ["%s", "%s"],
				 "AttachedEntities": [{"EntityType": 0, "EntityId": "1", "Status": 1}, {"EntityType": 0, "EntityId": "1"},
				 {"EntityType": 1, "EntityId": "1"}]}"""
			.formatted(uid, editors, editors));

		JsonNode task = task(uid);
		assertThat(task.get("AssignedUserGroups")).isEqualTo(parse("[\"" + editors + "\"]"));
		assertThat(task.get("AttachedEntities")).isEqualTo(parse("""
				[{"EntityType": 0, "EntityId": "1", "Status": 1}, {"EntityType": 1, "EntityId": "1", "Status": 0}]"""));
	}

	@Test
	void readsCamelCasePropertyNames() {
		createUsers("5", "10");
		String group = createGroup("Editors");
		String uid = UUID.randomUUID().toString();

		postTask("""
				{"uid": "%s", "title": "Camel", "description": "Case", "deadline": "2023-01-14T00:00:00.0000000+02:00",
				 "assignedUsers": ["5"], "assignedUserGroups": ["%s"],
				 "attachedEntities": [{"entityType": 1, "entityId": "77", "status": 1}]}""".formatted(uid, group));
		JsonNode created = task(uid);
		putTask("""
				{"uid": "%s", "title": "Still camel", "status": 2, "assignedUsers": ["10"],
				 "attachedEntities": [{"entityType": 2, "entityId": "78"}]}""".formatted(uid));
		JsonNode updated = task(uid);

		assertThat(created.get("Title").asString()).isEqualTo("Camel");
		assertThat(created.get("Description").asString()).isEqualTo("Case");
		assertThat(created.get("Deadline").asString()).isEqualTo("2023-01-14T00:00:00.0000000+02:00");
		assertThat(created.get("AssignedUsers")).isEqualTo(parse("[\"5\"]"));
		assertThat(created.get("AssignedUserGroups")).isEqualTo(parse("[\"" + group + "\"]"));
		assertThat(created.get("AttachedEntities"))
			.isEqualTo(parse("[{\"EntityType\": 1, \"EntityId\": \"77\", \"Status\": 1}]"));
		assertThat(updated.get("Title").asString()).isEqualTo("Still camel");
		assertThat(updated.get("Status").asInt()).isEqualTo(2);
		assertThat(updated.get("AssignedUsers")).isEqualTo(parse("[\"10\"]"));
		assertThat(updated.get("AttachedEntities"))
			.isEqualTo(parse("[{\"EntityType\": 2, \"EntityId\": \"78\", \"Status\": 0}]"));
	}

	@Test
	void ignoresPropertiesItDoesNotKnow() {
		String uid = UUID.randomUUID().toString();

		postTask("""
				{"Uid": "%s", "Title": "Known", "Priority": "High", "Tags": ["a", "b"], "Meta": {"Nested": [1, {}]},
				 "AttachedEntities": [{"EntityType": 0, "EntityId": "1", "Url": "https://example.com/1"}]}"""
			.formatted(uid));
		putTask("""
				{"Uid": "%s", "Title": "Still known", "LastModified": "2024-01-01T00:00:00Z", "Version": 7,
				 "AttachedEntities": [{"EntityType": 0, "EntityId": "1", "Name": "Shoe"}]}""".formatted(uid));

		JsonNode task = task(uid);
		assertThat(task.get("Title").asString()).isEqualTo("Still known");
		assertThat(task.get("AttachedEntities"))
			.isEqualTo(parse("[{\"EntityType\": 0, \"EntityId\": \"1\", \"Status\": 0}]"));
	}

}

package org.usertasks.task;

import java.time.Duration;
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
 * Tasks look on the wire exactly as Struct's reference shows them: Struct's own example
 * tasks round-trip field for field, timestamps keep their offset and 100 ns fraction,
 * lists are never null, fields come in Struct's order, and every JSON content type Struct
 * clients send is read.
 */
class TaskWireFormatTests extends TaskApiTestSupport {

	/**
	 * GET /v1/usertasks as Struct's reference shows it, verbatim (Struct renders its
	 * enums as {@code {}} there).
	 */
	static final String STRUCT_REFERENCE_LIST = """
			{
			"Page": 1,
			"PageSize": 100,
			"Total": 2,
			"UserTasks": [
			{
			"Uid": "9fb6b427-07f7-4b01-a04b-851eaf2d65c0",
			"Created": "2022-12-20T11:53:11.0000000+02:00",
			"CreatedBy": "5",
			"Deadline": "2025-11-04T21:40:48.9992648+00:00",
			"Title": "Please add images to these products",
			"Description": "I have added products, which are missing their primary image. They should all be available in our DAM for you to choose",
			"Status": {},
			"AssignedUsers": [
			"12"
			],
			"AssignedUserGroups": [],
			"Comments": [],
			"AttachedEntities": [
			{
			"EntityType": {},
			"EntityId": "1022",
			"Status": {}
			},
			{
			"EntityType": {},
			"EntityId": "1023",
			"Status": {}
			},
			{
			"EntityType": {},
			"EntityId": "1024",
			"Status": {}
			}
			]
			},
			{
			"Uid": "eb284804-a977-47f9-acda-04f3ea3bbb96",
			"Created": "2023-01-02T14:57:05.0000000+02:00",
			"CreatedBy": "3",
			"Deadline": "2023-01-14T00:00:00.0000000+02:00",
			"Title": "Missing descriptions on products and variants",
			"Description": "There are a few products and variants which are missing descriptions in several languages. Use the english texts to translate from",
			"Status": {},
			"AssignedUsers": [
			"5",
			"10"
			],
			"AssignedUserGroups": [],
			"Comments": [
			{
			"Uid": "8767bfd8-195e-4370-ae74-53f99b76bd4b",
			"Comment": "Okay, I will have a look right away. Is it okay to just use standard LanguageWire translations to begin with?",
			"UserId": "5",
			"Name": "John Doe",
			"Created": "2023-01-03T09:41:08.0000000+02:00",
			"LastModified": "2025-11-04T21:40:48.9993655+00:00",
			"IsSystemGenerated": false
			}
			],
			"AttachedEntities": [
			{
			"EntityType": {},
			"EntityId": "1022",
			"Status": {}
			},
			{
			"EntityType": {},
			"EntityId": "1023",
			"Status": {}
			},
			{
			"EntityType": {},
			"EntityId": "1024",
			"Status": {}
			},
			{
			"EntityType": {},
			"EntityId": "5665",
			"Status": {}
			},
			{
			"EntityType": {},
			"EntityId": "4986",
			"Status": {}
			}
			]
			}
			]
			}""";

	static final String IMAGES_TASK_UID = "9fb6b427-07f7-4b01-a04b-851eaf2d65c0";

	static final String DESCRIPTIONS_TASK_UID = "eb284804-a977-47f9-acda-04f3ea3bbb96";

	private JsonNode reference() {
		return parse(STRUCT_REFERENCE_LIST);
	}

	/**
	 * Struct's two reference tasks made through the API by their authors at the times the
	 * reference shows; the comment by John Doe.
	 */
	private void createStructsReferenceTasks() {
		ApiClient johnDoe = clientOf("5", "John", "Doe");
		ApiClient jane = clientOf("3", "Jane", "Roe");
		createUsers("10", "12");
		JsonNode tasks = reference().get("UserTasks");
		this.clock.set("2022-12-20T09:53:11Z");
		assertThat(johnDoe.post("/v1/usertasks", tasks.get(0).toString(), JSON_PATCH).status()).isEqualTo(200);
		this.clock.set("2023-01-02T12:57:05Z");
		assertThat(jane.post("/v1/usertasks", tasks.get(1).toString(), JSON_PATCH).status()).isEqualTo(200);
		this.clock.set("2023-01-03T07:41:08Z");
		JsonNode comment = tasks.get(1).get("Comments").get(0);
		assertThat(johnDoe
			.post("/v1/usertasks/" + DESCRIPTIONS_TASK_UID + "/comments",
					"""
							{"Uid": "%s", "Comment": "%s"}""".formatted(comment.get("Uid").asString(),
							comment.get("Comment").asString()),
					JSON_PATCH)
			.status()).isEqualTo(200);
	}

	/**
	 * What UserTasks answers for Struct's reference list: the same document, with the
	 * enums as the integers they stand for and the service's own timestamps (the same
	 * instants) in UTC. The comment was never edited, so it was last modified when it was
	 * made.
	 */
	private static JsonNode referenceAsUserTasksAnswersIt() {
		return parse(STRUCT_REFERENCE_LIST.replace("{}", "0")
			.replace("2022-12-20T11:53:11.0000000+02:00", "2022-12-20T09:53:11.0000000+00:00")
			.replace("2023-01-02T14:57:05.0000000+02:00", "2023-01-02T12:57:05.0000000+00:00")
			.replace("2023-01-03T09:41:08.0000000+02:00", "2023-01-03T07:41:08.0000000+00:00")
			.replace("2025-11-04T21:40:48.9993655+00:00", "2023-01-03T07:41:08.0000000+00:00"));
	}

	@Test
	void structsReferenceListComesBackAsStructShowsIt() {
		createStructsReferenceTasks();

		ApiClient.Response response = this.admin.get("/v1/usertasks");

		assertThat(response.status()).isEqualTo(200);
		assertThat(structFields(response.json())).isEqualTo(referenceAsUserTasksAnswersIt());
	}

	@Test
	void structsReferenceTasksComeBackFieldForFieldFromGetAndBatch() {
		createStructsReferenceTasks();
		JsonNode expected = referenceAsUserTasksAnswersIt().get("UserTasks");

		JsonNode images = task(IMAGES_TASK_UID);
		JsonNode descriptions = task(DESCRIPTIONS_TASK_UID);
		JsonNode batch = this.admin
			.post("/v1/usertasks/batch", "[\"" + DESCRIPTIONS_TASK_UID + "\", \"" + IMAGES_TASK_UID + "\"]", JSON_PATCH)
			.json();

		assertThat(structFields(images)).isEqualTo(expected.get(0));
		assertThat(structFields(descriptions)).isEqualTo(expected.get(1));
		assertThat(structFields(batch)).isEqualTo(parse("[" + expected.get(1) + ", " + expected.get(0) + "]"));
		assertThat(images.get("Deadline").asString()).isEqualTo("2025-11-04T21:40:48.9992648+00:00");
		assertThat(descriptions.get("Deadline").asString()).isEqualTo("2023-01-14T00:00:00.0000000+02:00");
	}

	@Test
	void aTaskPutBackAsItWasReadIsUnchanged() {
		createStructsReferenceTasks();
		JsonNode before = task(DESCRIPTIONS_TASK_UID);
		this.clock.advance(Duration.ofDays(3));

		putTask(before.toString());

		assertThat(task(DESCRIPTIONS_TASK_UID)).isEqualTo(before);
	}

	@Test
	void fieldsComeInStructsOrder() {
		createStructsReferenceTasks();

		JsonNode list = this.admin.get("/v1/usertasks").json();

		assertThat(list.propertyNames()).containsExactly("Page", "PageSize", "Total", "UserTasks");
		JsonNode task = list.get("UserTasks").get(1);
		assertThat(task.propertyNames()).containsExactly("Uid", "Created", "CreatedBy", "Deadline", "Title",
				"Description", "Status", "AssignedUsers", "AssignedUserGroups", "Comments", "AttachedEntities",
				"LastModified");
		assertThat(task.get("Comments").get(0).propertyNames()).containsExactly("Uid", "Comment", "UserId", "Name",
				"Created", "LastModified", "IsSystemGenerated");
		assertThat(task.get("AttachedEntities").get(0).propertyNames()).containsExactly("EntityType", "EntityId",
				"Status");
	}

	@Test
	void answersUidsInLowerCaseWhicheverCaseTheyWereSentIn() {
		String uid = "073af031-fc72-4ade-9708-1862c353dab3";

		postTask("{\"Uid\": \"" + uid.toUpperCase() + "\"}");

		assertThat(task(uid.toUpperCase()).get("Uid").asString()).isEqualTo(uid);
	}

	@Test
	void listsAreEmptyArraysAndMissingValuesNullNeverLeftOut() {
		String uid = UUID.randomUUID().toString();

		postTask("{\"Uid\": \"" + uid + "\", \"AssignedUsers\": null, \"AttachedEntities\": null}");

		JsonNode task = task(uid);
		assertThat(task.propertyNames()).hasSize(12);
		for (String list : new String[] { "AssignedUsers", "AssignedUserGroups", "Comments", "AttachedEntities" }) {
			assertThat(task.get(list).isArray()).as(list).isTrue();
			assertThat(task.get(list).isEmpty()).as(list).isTrue();
		}
		for (String nullable : new String[] { "Deadline", "Title", "Description" }) {
			assertThat(task.get(nullable).isNull()).as(nullable).isTrue();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "2023-01-14T00:00:00.0000000+02:00", "2025-11-04T21:40:48.9992648+00:00",
			"2024-06-30T23:59:59.9999999-09:30", "2024-02-29T12:00:00.1000000+14:00",
			"2024-01-01T00:00:00.0000001-12:00", "1999-12-31T23:59:59.1234567+05:45",
			"2024-07-01T12:00:00.0000000+18:00", "2024-07-01T12:00:00.9999999-18:00",
			"0001-01-01T00:00:00.0000000+14:00", "9999-12-31T23:59:59.9999999-14:00",
			"1900-01-01T00:00:00.0000000+00:19:32" })
	void deadlineComesBackExactlyAsSent(String deadline) {
		String created = UUID.randomUUID().toString();
		String updated = createTask("Updated");

		postTask("{\"Uid\": \"" + created + "\", \"Deadline\": \"" + deadline + "\"}");
		putTask("{\"Uid\": \"" + updated + "\", \"Deadline\": \"" + deadline + "\"}");

		assertThat(task(created).get("Deadline").asString()).isEqualTo(deadline);
		assertThat(task(updated).get("Deadline").asString()).isEqualTo(deadline);
		assertThat(this.admin.get("/v1/usertasks").json().get("UserTasks").findValuesAsString("Deadline"))
			.containsOnly(deadline);
	}

	@ParameterizedTest
	@CsvSource({ "2023-01-14T00:00:00Z, 2023-01-14T00:00:00.0000000+00:00",
			"2023-01-14T00:00:00+02:00, 2023-01-14T00:00:00.0000000+02:00",
			"2023-01-14T00:00:00.5-03:00, 2023-01-14T00:00:00.5000000-03:00",
			"2023-01-14T10:20:30.123456789+01:00, 2023-01-14T10:20:30.1234567+01:00" })
	void deadlineInAnyIsoFormIsAnsweredWithSevenDigitsAndTheOffset(String sent, String answered) {
		String uid = UUID.randomUUID().toString();

		postTask("{\"Uid\": \"" + uid + "\", \"Deadline\": \"" + sent + "\"}");

		assertThat(task(uid).get("Deadline").asString()).isEqualTo(answered);
	}

	@ParameterizedTest
	@ValueSource(strings = { "application/json-patch+json", "application/json", "text/json", "application/vnd.foo+json",
			"application/json; charset=utf-8" })
	void readsEveryJsonContentTypeStructClientsSend(String contentType) {
		String uid = UUID.randomUUID().toString();

		ApiClient.Response created = this.admin.post("/v1/usertasks", "{\"Uid\": \"" + uid + "\", \"Title\": \"A\"}",
				contentType);
		ApiClient.Response updated = this.admin.put("/v1/usertasks", "{\"Uid\": \"" + uid + "\", \"Title\": \"B\"}",
				contentType);
		ApiClient.Response batch = this.admin.post("/v1/usertasks/batch", "[\"" + uid + "\"]", contentType);

		assertThat(created.status()).as(created.body()).isEqualTo(200);
		assertThat(updated.status()).as(updated.body()).isEqualTo(200);
		assertThat(batch.status()).as(batch.body()).isEqualTo(200);
		assertThat(batch.json().get(0).get("Title").asString()).isEqualTo("B");
	}

	@Test
	void refusesABodyThatIsNotJsonWith415() {
		String uid = createTask("Kept");
		String body = "{\"Uid\": \"" + uid + "\", \"Title\": \"Changed\"}";

		ApiClient.Response created = this.admin.post("/v1/usertasks", "{\"Title\": \"A\"}", "text/plain");
		ApiClient.Response updated = this.admin.put("/v1/usertasks", body, "text/plain");
		ApiClient.Response batch = this.admin.post("/v1/usertasks/batch", "[\"" + uid + "\"]", "text/plain");

		assertProblem(created, 415, "unsupported-media-type");
		assertProblem(updated, 415, "unsupported-media-type");
		assertProblem(batch, 415, "unsupported-media-type");
		assertThat(total()).isEqualTo(1);
		assertThat(task(uid).get("Title").asString()).isEqualTo("Kept");
	}

}

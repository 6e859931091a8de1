package org.usertasks.task;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.usertasks.ApiClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.usertasks.ApiClient.parse;

/**
 * The nine task endpoints of Struct's v1 API, end to end: what each answers, on the wire.
 */
class TaskApiTests extends TaskApiTestSupport {

	// --- GET /v1/usertasks?page=N

	@Test
	void listsOneHundredTasksToAPageInCreatedOrderWithTiesByUidStableAcrossPages() {
		List<Posted> posted = new ArrayList<>();
		for (int i = 0; i < 150; i++) {
			// Created runs backwards to the order of posting, three tasks to each
			// instant.
			Instant created = SettableClock.START.minusSeconds(i / 3);
			this.clock.set(created);
			String uid = UUID.nameUUIDFromBytes(("task " + i).getBytes(StandardCharsets.UTF_8)).toString();
			postTask("{\"Uid\": \"" + uid + "\", \"Title\": \"Task " + i + "\"}");
			posted.add(new Posted(created, uid));
		}
		List<Posted> expected = posted.stream()
			.sorted(Comparator.comparing(Posted::created).thenComparing(Posted::uid))
			.toList();

		JsonNode first = this.admin.get("/v1/usertasks?page=1").json();
		JsonNode second = this.admin.get("/v1/usertasks?page=2").json();

		assertThat(first.get("Page").asInt()).isEqualTo(1);
		assertThat(first.get("PageSize").asInt()).isEqualTo(100);
		assertThat(first.get("Total").asLong()).isEqualTo(150);
		assertThat(first.get("UserTasks").size()).isEqualTo(100);
		assertThat(second.get("Page").asInt()).isEqualTo(2);
		assertThat(second.get("PageSize").asInt()).isEqualTo(100);
		assertThat(second.get("Total").asLong()).isEqualTo(150);
		assertThat(second.get("UserTasks").size()).isEqualTo(50);
		List<String> listed = new ArrayList<>(uids(first.get("UserTasks")));
		listed.addAll(uids(second.get("UserTasks")));
		assertThat(listed).containsExactlyElementsOf(expected.stream().map(Posted::uid).toList());
		List<String> createdListed = new ArrayList<>();
		first.get("UserTasks").values().forEach((task) -> createdListed.add(task.get("Created").asString()));
		second.get("UserTasks").values().forEach((task) -> createdListed.add(task.get("Created").asString()));
		assertThat(createdListed)
			.containsExactlyElementsOf(expected.stream().map((task) -> SettableClock.wire(task.created())).toList());
	}

	@Test
	void listsNothingAsAnEmptyFirstPage() {
		ApiClient.Response response = this.admin.get("/v1/usertasks");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.contentType())
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		assertThat(response.json())
			.isEqualTo(parse("{\"Page\": 1, \"PageSize\": 100, \"Total\": 0, \"UserTasks\": []}"));
		assertThat(response.json().propertyNames()).containsExactly("Page", "PageSize", "Total", "UserTasks");
	}

	@Test
	void pageDefaultsToTheFirst() {
		createTask("One");
		createTask("Two");

		JsonNode withoutPage = this.admin.get("/v1/usertasks").json();

		assertThat(withoutPage).isEqualTo(this.admin.get("/v1/usertasks?page=1").json());
		assertThat(withoutPage.get("Page").asInt()).isEqualTo(1);
		assertThat(withoutPage.get("UserTasks").size()).isEqualTo(2);
	}

	@Test
	void pagePastTheEndIsEmptyButCarriesTheTotal() {
		createTask("One");
		createTask("Two");

		ApiClient.Response response = this.admin.get("/v1/usertasks?page=2");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json())
			.isEqualTo(parse("{\"Page\": 2, \"PageSize\": 100, \"Total\": 2, \"UserTasks\": []}"));
	}

	@Test
	void pageBelowOneAnswers400() {
		ApiClient.Response response = this.admin.get("/v1/usertasks?page=0");

		assertInvalid(response, "page", "1");
	}

	@Test
	void pageThatIsNotANumberAnswers400() {
		ApiClient.Response response = this.admin.get("/v1/usertasks?page=first");

		assertInvalid(response, "page", "integer");
	}

	// --- POST /v1/usertasks

	@Test
	void createWithoutUidLetsTheServerChooseOneAndTakesCreatedFromTheClockAndCreatedByFromTheKey() {
		ApiClient ann = clientOf("12", "Ann", "Lee");
		this.clock.set("2023-01-02T12:57:05.123456Z");

		ApiClient.Response response = ann.post("/v1/usertasks", "{\"Uid\": null, \"Title\": \"Check prices\"}",
				JSON_PATCH);

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).isEmpty();
		JsonNode task = structFields(this.admin.get("/v1/usertasks").json().get("UserTasks").get(0));
		String uid = task.get("Uid").asString();
		assertThat(uid).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
		assertThat(task).isEqualTo(parse("""
				{
				  "Uid": "%s",
				  "Created": "2023-01-02T12:57:05.1234560+00:00",
				  "CreatedBy": "12",
				  "Deadline": null,
				  "Title": "Check prices",
				  "Description": null,
				  "Status": 0,
				  "AssignedUsers": [],
				  "AssignedUserGroups": [],
				  "Comments": [],
				  "AttachedEntities": []
				}""".formatted(uid)));
	}

	@Test
	void createKeepsTheUidTheClientChose() {
		String uid = "073af031-fc72-4ade-9708-1862c353dab3";

		postTask("{\"Uid\": \"" + uid + "\", \"Title\": \"Images on products in poor quality\"}");

		assertThat(task(uid).get("Uid").asString()).isEqualTo(uid);
	}

	@Test
	void createdTaskStartsAsNewWhateverStatusIsSent() {
		String uid = UUID.randomUUID().toString();

		postTask("{\"Uid\": \"" + uid + "\", \"Status\": 4}");

		assertThat(task(uid).get("Status").asInt()).isEqualTo(0);
	}

	// --- PUT /v1/usertasks

	@Test
	void updateReplacesTheEditableFields() {
		createUsers("5", "10", "12");
		String first = createGroup("Editors");
		String second = createGroup("Translators");
		String uid = UUID.randomUUID().toString();
		postTask("""
				{"Uid": "%s", "Title": "Old title", "Description": "Old description",
				 "Deadline": "2023-01-14T00:00:00.0000000+02:00", "AssignedUsers": ["5"], "AssignedUserGroups": ["%s"],
				 "AttachedEntities": [{"EntityType": 0, "EntityId": "1022"}]}""".formatted(uid, first));
		this.clock.advance(Duration.ofHours(1));

		putTask("""
				{"Uid": "%s", "Title": "New title", "Description": "New description",
				 "Deadline": "2024-05-31T17:00:00.0000000-04:00", "Status": 2, "AssignedUsers": ["10", "12"],
				 "AssignedUserGroups": ["%s", "%s"],
				 "AttachedEntities": [{"EntityType": 1, "EntityId": "77", "Status": 1}, {"EntityType": 0, "EntityId": "1022"}]}"""
			.formatted(uid, second, first));

		JsonNode task = structFields(task(uid));
		assertThat(task.get("Comments").valueStream().map((comment) -> comment.get("IsSystemGenerated").asBoolean()))
			.as("the activity the PUT recorded")
			.isNotEmpty()
			.containsOnly(true);
		((tools.jackson.databind.node.ObjectNode) task).remove("Comments");
		assertThat(task).isEqualTo(parse("""
				{
				  "Uid": "%s",
				  "Created": "%s",
				  "CreatedBy": "admin",
				  "Deadline": "2024-05-31T17:00:00.0000000-04:00",
				  "Title": "New title",
				  "Description": "New description",
				  "Status": 2,
				  "AssignedUsers": ["10", "12"],
				  "AssignedUserGroups": ["%s", "%s"],
				  "AttachedEntities": [
				    {"EntityType": 1, "EntityId": "77", "Status": 1},
				    {"EntityType": 0, "EntityId": "1022", "Status": 0}
				  ]
				}""".formatted(uid, SettableClock.wire(SettableClock.START), second, first)));
	}

	@Test
	void updateIgnoresTheReadOnlyFieldsAClientSendsBack() {
		String uid = createTask("Review texts");
		assertThat(this.admin.post("/v1/usertasks/" + uid + "/comments", "{\"Comment\": \"On it\"}").status())
			.isEqualTo(200);
		JsonNode before = task(uid);

		putTask("""
				{"Uid": "%s", "Created": "2000-01-01T00:00:00.0000000+00:00", "CreatedBy": "someone else",
				 "Title": "Review texts", "Comments": [], "Status": 0}""".formatted(uid));

		assertThat(task(uid)).isEqualTo(before);
	}

	@Test
	void updateWithNullListsEmptiesThem() {
		createUsers("5");
		String group = createGroup("Editors");
		String uid = UUID.randomUUID().toString();
		postTask("""
				{"Uid": "%s", "AssignedUsers": ["5"], "AssignedUserGroups": ["%s"],
				 "AttachedEntities": [{"EntityType": 0, "EntityId": "1022"}]}""".formatted(uid, group));

		putTask("""
				{"Uid": "%s", "AssignedUsers": null, "AssignedUserGroups": null, "AttachedEntities": null}"""
			.formatted(uid));

		JsonNode task = task(uid);
		assertThat(task.get("AssignedUsers")).isEqualTo(parse("[]"));
		assertThat(task.get("AssignedUserGroups")).isEqualTo(parse("[]"));
		assertThat(task.get("AttachedEntities")).isEqualTo(parse("[]"));
	}

	@Test
	void updateWithoutAStatusKeepsTheCurrentOne() {
		String uid = createTask("Translate");
		putTask("{\"Uid\": \"" + uid + "\", \"Status\": 3}");

		putTask("{\"Uid\": \"" + uid + "\", \"Status\": null}");
		int afterNull = task(uid).get("Status").asInt();
		putTask("{\"Uid\": \"" + uid + "\"}");
		int afterMissing = task(uid).get("Status").asInt();
		putTask("{\"Uid\": \"" + uid + "\", \"Status\": {}}");
		int afterEmptyObject = task(uid).get("Status").asInt();

		assertThat(List.of(afterNull, afterMissing, afterEmptyObject)).containsOnly(3);
	}

	@Test
	void updateKeepsTheStatusOfAnAttachedEntitySentWithoutOne() {
		String uid = UUID.randomUUID().toString();
		postTask(
				"""
						{"Uid": "%s", "AttachedEntities": [{"EntityType": 0, "EntityId": "1022"}, {"EntityType": 0, "EntityId": "1023"}]}"""
					.formatted(uid));
		putTask("""
				{"Uid": "%s", "AttachedEntities": [{"EntityType": 0, "EntityId": "1022", "Status": 1},
				 {"EntityType": 0, "EntityId": "1023", "Status": 0}]}""".formatted(uid));

		putTask("""
				{"Uid": "%s", "AttachedEntities": [{"EntityType": 0, "EntityId": "1023"},
				 {"EntityType": 0, "EntityId": "1022"}, {"EntityType": 0, "EntityId": "1030"}]}""".formatted(uid));

		assertThat(task(uid).get("AttachedEntities")).isEqualTo(parse("""
				[
				  {"EntityType": 0, "EntityId": "1023", "Status": 0},
				  {"EntityType": 0, "EntityId": "1022", "Status": 1},
				  {"EntityType": 0, "EntityId": "1030", "Status": 0}
				]"""));
	}

	@Test
	void updateOfAnUnknownTaskAnswers404() {
		String uid = UUID.randomUUID().toString();

		ApiClient.Response response = this.admin.put("/v1/usertasks", "{\"Uid\": \"" + uid + "\", \"Title\": \"x\"}");

		assertProblem(response, 404, "not-found");
		assertThat(response.json().get("detail").asString()).contains(uid);
		assertThat(total()).isZero();
	}

	@Test
	void updateWithoutAUidAnswers400() {
		ApiClient.Response response = this.admin.put("/v1/usertasks", "{\"Title\": \"x\"}");

		assertInvalid(response, "Uid", "null");
	}

	// --- POST /v1/usertasks/batch

	@Test
	void batchAnswersTheKnownTasksInTheOrderAskedEachOnce() {
		String a = createTask("A");
		String b = createTask("B");
		String c = createTask("C");
		String unknown = UUID.randomUUID().toString();

		ApiClient.Response response = this.admin.post("/v1/usertasks/batch",
				"[\"%s\", \"%s\", \"%s\", \"%s\"]".formatted(c, unknown, a, c), JSON_PATCH);

		assertThat(response.status()).isEqualTo(200);
		assertThat(uids(response.json())).containsExactly(c, a);
		assertThat(response.json().get(0)).isEqualTo(task(c));
		assertThat(response.json().get(1)).isEqualTo(task(a));
		assertThat(uids(response.json())).doesNotContain(b);
	}

	@Test
	void batchOfNothingAnswersAnEmptyArray() {
		createTask("A");

		ApiClient.Response response = this.admin.post("/v1/usertasks/batch", "[]");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json()).isEqualTo(parse("[]"));
	}

	@Test
	void batchTakesOneThousandUids() {
		String known = createTask("A");
		List<String> asked = new ArrayList<>(randomUids(999));
		asked.add(known);

		ApiClient.Response response = this.admin.post("/v1/usertasks/batch", jsonArray(asked));

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(uids(response.json())).containsExactly(known);
	}

	@Test
	void batchOfMoreThanOneThousandUidsAnswers400() {
		ApiClient.Response response = this.admin.post("/v1/usertasks/batch", jsonArray(randomUids(1001)));

		assertInvalid(response, "body", "at most 1000");
	}

	@Test
	void batchWithAMalformedUidAnswers400NamingItsIndex() {
		String valid = UUID.randomUUID().toString();

		ApiClient.Response response = this.admin.post("/v1/usertasks/batch",
				"[\"" + valid + "\", \"" + valid + "\", \"not-a-uuid\"]");

		assertInvalid(response, "body[2]", "UUID");
	}

	@Test
	void batchWithANullUidAnswers400NamingItsIndex() {
		ApiClient.Response response = this.admin.post("/v1/usertasks/batch", "[\"" + UUID.randomUUID() + "\", null]");

		assertInvalid(response, "body[1]", "null");
	}

	// --- GET /v1/usertasks/{uid}

	@Test
	void getOfAnUnknownTaskAnswers404() {
		String uid = UUID.randomUUID().toString();

		ApiClient.Response response = this.admin.get("/v1/usertasks/" + uid);

		assertProblem(response, 404, "not-found");
		assertThat(response.json().get("detail").asString()).contains(uid);
	}

	@Test
	void getWithAMalformedUidAnswers400() {
		ApiClient.Response response = this.admin.get("/v1/usertasks/not-a-uuid");

		assertInvalid(response, "uid", "UUID");
	}

	// --- DELETE /v1/usertasks/{uid}

	@Test
	void deleteAnswers200WithAnEmptyBodyAndTheTaskIsGone() {
		String doomed = createTask("Doomed");
		String kept = createTask("Kept");

		ApiClient.Response response = this.admin.delete("/v1/usertasks/" + doomed);

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).isEmpty();
		assertProblem(this.admin.get("/v1/usertasks/" + doomed), 404, "not-found");
		assertThat(uids(this.admin.get("/v1/usertasks").json().get("UserTasks"))).containsExactly(kept);
	}

	@Test
	void deleteOfAnUnknownTaskAnswers404() {
		String kept = createTask("Kept");

		ApiClient.Response response = this.admin.delete("/v1/usertasks/" + UUID.randomUUID());

		assertProblem(response, 404, "not-found");
		assertThat(uids(this.admin.get("/v1/usertasks").json().get("UserTasks"))).containsExactly(kept);
	}

	@Test
	void deleteTakesTheTasksCommentsWithIt() {
		String doomed = createTask("Doomed");
		String kept = createTask("Kept");
		this.admin.post("/v1/usertasks/" + doomed + "/comments", "{\"Comment\": \"First\"}");
		this.admin.post("/v1/usertasks/" + doomed + "/comments", "{\"Comment\": \"Second\"}");
		this.admin.post("/v1/usertasks/" + kept + "/comments", "{\"Comment\": \"Stays\"}");

		this.admin.delete("/v1/usertasks/" + doomed);

		assertThat(this.jdbc.sql("select count(*) from user_task_comment where task_uid = :uid")
			.param("uid", UUID.fromString(doomed))
			.query(Long.class)
			.single()).isZero();
		assertThat(task(kept).get("Comments").get(0).get("Comment").asString()).isEqualTo("Stays");
	}

	private static List<String> randomUids(int count) {
		return IntStream.range(0, count).mapToObj((i) -> UUID.randomUUID().toString()).toList();
	}

	private static String jsonArray(List<String> uids) {
		return uids.stream().map((uid) -> "\"" + uid + "\"").collect(Collectors.joining(",", "[", "]"));
	}

	private record Posted(Instant created, String uid) {
	}

}

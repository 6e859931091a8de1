package org.usertasks.task;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.usertasks.ApiClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.usertasks.ApiClient.parse;

/**
 * The activity trail: each change of a task adds system comments to its thread, by
 * whoever made it, and {@code GET /v1/usertasks/{uid}/history} answers the same changes
 * field by field.
 */
class TaskHistoryTests extends TaskApiTestSupport {

	private String group;

	private String otherGroup;

	/** User 5, assigned directly. */
	private ApiClient ann;

	/** User 10, a member of the assigned group. */
	private ApiClient bob;

	private String uid;

	private String path;

	@BeforeEach
	void aTaskAssignedToAnnAndToBobsGroup() {
		this.group = createGroup("Translators");
		this.otherGroup = createGroup("Photographers");
		createUser("5", "Ann", "Lee");
		createUser("10", "Bob", "Berg", this.group);
		this.ann = this.admin.as(createKey("5", false));
		this.bob = this.admin.as(createKey("10", false));
		this.uid = UUID.randomUUID().toString();
		this.path = "/v1/usertasks/" + this.uid;
		postTask("""
				{"Uid": "%s", "Title": "Translate", "Description": "All texts", "AssignedUsers": ["5"],
				 "AssignedUserGroups": ["%s"], "AttachedEntities": [{"EntityType": 0, "EntityId": "1022"}]}"""
			.formatted(this.uid, this.group));
		this.clock.advance(Duration.ofMinutes(1));
	}

	// --- System comments in the thread

	@Test
	void aStatusChangeAddsASystemCommentByWhoeverMadeIt() {
		this.clock.set("2024-03-02T09:30:00.123456Z");

		this.ann.post(this.path + "/status", "{\"Status\": 2}");

		JsonNode thread = task(this.uid).get("Comments");
		assertThat(thread.size()).isEqualTo(1);
		assertThat(thread.get(0).get("Uid").asString()).matches("[0-9a-f-]{36}");
		assertThat(withoutUid(thread.get(0))).isEqualTo(parse("""
				{
				  "Comment": "Status changed from New to InProgress",
				  "UserId": "5",
				  "Name": "Ann Lee",
				  "Created": "2024-03-02T09:30:00.1234560+00:00",
				  "LastModified": "2024-03-02T09:30:00.1234560+00:00",
				  "IsSystemGenerated": true
				}"""));
	}

	@Test
	void aPutAddsOneSystemCommentPerChangedFieldInTheOrderOfTheFields() {
		this.ann.put("/v1/usertasks", """
				{"Uid": "%s", "Title": "Translate to Danish", "Description": "Only titles",
				 "Deadline": "2023-01-14T00:00:00.0000000+02:00", "Status": 3, "AssignedUsers": ["10"],
				 "AssignedUserGroups": ["%s", "%s"], "AttachedEntities": [{"EntityType": 1, "EntityId": "77"}]}"""
			.formatted(this.uid, this.group, this.otherGroup));

		JsonNode thread = task(this.uid).get("Comments");
		assertThat(systemComments(this.uid)).containsExactly(
				"Title changed from \u201cTranslate\u201d to \u201cTranslate to Danish\u201d", "Description changed",
				"Deadline set to 2023-01-14T00:00:00.0000000+02:00", "Status changed from New to AwaitingFeedback",
				"Assigned users: added 10; removed 5", "Assigned groups: added " + this.otherGroup,
				"Attached entities: added Variant 77; removed Product 1022");
		assertThat(thread.findValuesAsString("UserId")).containsOnly("5");
		assertThat(thread.findValuesAsString("Name")).containsOnly("Ann Lee");
		assertThat(thread.findValuesAsString("Created")).as("a microsecond apart, in the order of the fields")
			.isSorted()
			.doesNotHaveDuplicates();
	}

	@Test
	void aDeadlineChangeAndItsRemovalAreRecorded() {
		putTask(content("\"2023-01-14T00:00:00.0000000+02:00\""));
		this.clock.advance(Duration.ofMinutes(1));
		putTask(content("\"2023-01-20T17:00:00.0000000-04:00\""));
		this.clock.advance(Duration.ofMinutes(1));

		putTask(content("null"));

		assertThat(systemComments(this.uid)).containsExactly("Deadline set to 2023-01-14T00:00:00.0000000+02:00",
				"Deadline changed from 2023-01-14T00:00:00.0000000+02:00 to 2023-01-20T17:00:00.0000000-04:00",
				"Deadline removed (was 2023-01-20T17:00:00.0000000-04:00)");
	}

	@Test
	void markingAnEntityIsRecorded() {
		this.bob.put(this.path + "/entities/0/1022", "{\"Status\": 1}");
		this.clock.advance(Duration.ofMinutes(1));

		this.bob.put(this.path + "/entities/0/1022", "{\"Status\": 0}");

		assertThat(systemComments(this.uid)).containsExactly("Product 1022 marked Done", "Product 1022 marked Pending");
	}

	@Test
	void aClaimAndItsReleaseAreRecordedByTheHolder() {
		this.bob.post(this.path + "/claim", "");
		this.clock.advance(Duration.ofMinutes(1));

		this.bob.post(this.path + "/unclaim", "");

		assertThat(systemComments(this.uid)).containsExactly("Status changed from New to InProgress",
				"Assigned users: added 10; removed 5", "Claimed by user 10", "Status changed from InProgress to New",
				"Assigned users: removed 10", "Claim of user 10 released");
		assertThat(task(this.uid).get("Comments").findValuesAsString("Name")).containsOnly("Bob Berg");
	}

	@Test
	void theThreadShowsChangesAndCommentsInTheOrderMade() {
		this.ann.post(this.path + "/status", "{\"Status\": 2}");
		this.clock.advance(Duration.ofSeconds(1));
		this.bob.post(this.path + "/comments", "{\"Comment\": \"Which language?\"}");
		this.clock.advance(Duration.ofSeconds(1));
		this.ann.put("/v1/usertasks", """
				{"Uid": "%s", "Title": "Translate to Danish", "Description": "All texts", "AssignedUsers": ["5"],
				 "AssignedUserGroups": ["%s"], "AttachedEntities": [{"EntityType": 0, "EntityId": "1022"}]}"""
			.formatted(this.uid, this.group));
		this.clock.advance(Duration.ofSeconds(1));

		this.ann.post(this.path + "/status", "{\"Status\": 4}");

		JsonNode thread = task(this.uid).get("Comments");
		assertThat(thread.findValuesAsString("Comment")).containsExactly("Status changed from New to InProgress",
				"Which language?", "Title changed from \u201cTranslate\u201d to \u201cTranslate to Danish\u201d",
				"Status changed from InProgress to Completed");
		assertThat(thread.valueStream().map((comment) -> comment.get("IsSystemGenerated").asBoolean()))
			.containsExactly(true, false, true, true);
	}

	@Test
	void aChangeThatChangesNothingAddsNothing() {
		this.ann.post(this.path + "/status", "{\"Status\": 0}");
		this.ann.put(this.path + "/entities/0/1022", "{\"Status\": 0}");
		this.ann.post(this.path + "/unclaim", "");

		assertThat(task(this.uid).get("Comments")).isEqualTo(parse("[]"));
		assertThat(history(this.uid)).isEqualTo(parse("[]"));
	}

	@Test
	void aRejectedChangeAddsNothing() {
		this.ann.post(this.path + "/status", "{\"Status\": 4}");
		JsonNode before = task(this.uid);
		JsonNode historyBefore = history(this.uid);
		String stale = "\"1\"";

		ApiClient.Response transition = this.ann.post(this.path + "/status", "{\"Status\": 2}");
		ApiClient.Response precondition = send(this.ann, "POST", this.path + "/status", "{\"Status\": 1}", stale);
		ApiClient.Response forbidden = this.admin.post(this.path + "/claim", "");

		assertThat(List.of(transition.status(), precondition.status(), forbidden.status())).containsExactly(409, 412,
				403);
		assertThat(task(this.uid)).isEqualTo(before);
		assertThat(history(this.uid)).isEqualTo(historyBefore);
	}

	@Test
	void systemCommentsCannotBeEditedOrDeletedNotEvenByAnAdmin() {
		this.ann.post(this.path + "/status", "{\"Status\": 2}");
		JsonNode before = task(this.uid);
		String comment = before.get("Comments").get(0).get("Uid").asString();

		ApiClient.Response editByAuthor = this.ann.put(this.path + "/comments",
				"{\"Uid\": \"" + comment + "\", \"Comment\": \"Nothing happened\"}");
		ApiClient.Response editByAdmin = this.admin.put(this.path + "/comments",
				"{\"Uid\": \"" + comment + "\", \"Comment\": \"Nothing happened\"}");
		ApiClient.Response deleteByAuthor = this.ann.delete(this.path + "/comments?commentUid=" + comment);
		ApiClient.Response deleteByAdmin = this.admin.delete(this.path + "/comments?commentUid=" + comment);

		assertProblem(editByAuthor, 403, "forbidden");
		assertProblem(editByAdmin, 403, "forbidden");
		assertProblem(deleteByAuthor, 403, "forbidden");
		assertProblem(deleteByAdmin, 403, "forbidden");
		assertThat(task(this.uid)).isEqualTo(before);
	}

	// --- GET /v1/usertasks/{uid}/history

	@Test
	void historyListsEachChangedFieldWithWhoAndWhenOldestFirst() {
		Instant first = this.clock.instant();
		this.ann.post(this.path + "/status", "{\"Status\": 2}");
		Instant second = this.clock.advance(Duration.ofMinutes(5));

		putTask("""
				{"Uid": "%s", "Title": "Translate to Danish", "Description": "All texts",
				 "Deadline": "2023-01-14T00:00:00.0000000+02:00", "AssignedUsers": ["5"], "AssignedUserGroups": ["%s"],
				 "AttachedEntities": [{"EntityType": 0, "EntityId": "1022", "Status": 1}]}""".formatted(this.uid,
				this.group));

		ApiClient.Response response = this.bob.get(this.path + "/history");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.json()).isEqualTo(
				parse("""
						[
						  {"At": "%1$s", "UserId": "5", "Field": "Status", "OldValue": "New", "NewValue": "InProgress"},
						  {"At": "%2$s", "UserId": "admin", "Field": "Title", "OldValue": "Translate", "NewValue": "Translate to Danish"},
						  {"At": "%2$s", "UserId": "admin", "Field": "Deadline", "OldValue": null, "NewValue": "2023-01-14T00:00:00.0000000+02:00"},
						  {"At": "%2$s", "UserId": "admin", "Field": "AttachedEntities[Product 1022].Status", "OldValue": "Pending", "NewValue": "Done"}
						]"""
					.formatted(SettableClock.wire(first), SettableClock.wire(second))));
		assertThat(response.json().get(0).propertyNames()).containsExactly("At", "UserId", "Field", "OldValue",
				"NewValue");
	}

	@Test
	void historyRecordsListsAsTheyWereAndAreAndClaimsByHolder() {
		this.bob.post(this.path + "/claim", "");

		JsonNode history = history(this.uid);

		assertThat(history).isEqualTo(parse("""
				[
				  {"At": "%1$s", "UserId": "10", "Field": "Status", "OldValue": "New", "NewValue": "InProgress"},
				  {"At": "%1$s", "UserId": "10", "Field": "AssignedUsers", "OldValue": "5", "NewValue": "10"},
				  {"At": "%1$s", "UserId": "10", "Field": "ClaimedBy", "OldValue": null, "NewValue": "10"}
				]""".formatted(this.clock.wireNow())));
	}

	@Test
	void commentsAreNotPartOfTheHistory() {
		this.bob.post(this.path + "/comments", "{\"Comment\": \"Which language?\"}");

		assertThat(history(this.uid)).isEqualTo(parse("[]"));
	}

	@Test
	void historyOfATaskNobodyChangedIsEmpty() {
		ApiClient.Response response = this.admin.get(this.path + "/history");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json()).isEqualTo(parse("[]"));
	}

	@Test
	void historyOfAnUnknownTaskAnswers404() {
		ApiClient.Response response = this.admin.get("/v1/usertasks/" + UUID.randomUUID() + "/history");

		assertProblem(response, 404, "not-found");
	}

	@Test
	void deletingTheTaskRemovesItsHistory() {
		String kept = createTask("Kept");
		this.ann.post(this.path + "/status", "{\"Status\": 2}");
		this.admin.post("/v1/usertasks/" + kept + "/status", "{\"Status\": 3}");

		this.admin.delete(this.path);

		assertThat(historyRows(this.uid)).isZero();
		assertProblem(this.admin.get(this.path + "/history"), 404, "not-found");
		assertThat(historyRows(kept)).isEqualTo(1);
	}

	private long historyRows(String taskUid) {
		return this.jdbc.sql("select count(*) from user_task_history where task_uid = :uid")
			.param("uid", UUID.fromString(taskUid))
			.query(Long.class)
			.single();
	}

	/** The task's content as created, with a deadline (JSON: a string or null). */
	private String content(String deadline) {
		return """
				{"Uid": "%s", "Title": "Translate", "Description": "All texts", "Deadline": %s, "AssignedUsers": ["5"],
				 "AssignedUserGroups": ["%s"], "AttachedEntities": [{"EntityType": 0, "EntityId": "1022"}]}"""
			.formatted(this.uid, deadline, this.group);
	}

	private static JsonNode withoutUid(JsonNode comment) {
		ObjectNode copy = (ObjectNode) comment.deepCopy();
		copy.remove("Uid");
		return copy;
	}

}

package org.usertasks.task;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.usertasks.ApiClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.usertasks.ApiClient.parse;

/**
 * Working a task: its status alone ({@code POST /status}), claiming and releasing it
 * ({@code /claim}, {@code /unclaim}) and marking attached entities done ({@code PUT
 * /entities/{type}/{id}}). Each answers the task as it now is.
 */
class TaskWorkflowTests extends TaskApiTestSupport {

	private String group;

	/** User 5, assigned directly. */
	private ApiClient ann;

	/** User 10, a member of the assigned group. */
	private ApiClient bob;

	/** User 12, neither assigned nor in the group. */
	private ApiClient eve;

	private String uid;

	private String path;

	@BeforeEach
	void aTaskAssignedToAnnAndToBobsGroup() {
		this.group = createGroup("Translators");
		String otherGroup = createGroup("Photographers");
		createUser("5", "Ann", "Lee");
		createUser("10", "Bob", "Berg", this.group);
		createUser("12", "Eve", "Stone", otherGroup);
		this.ann = this.admin.as(createKey("5", false));
		this.bob = this.admin.as(createKey("10", false));
		this.eve = this.admin.as(createKey("12", false));
		this.uid = UUID.randomUUID().toString();
		this.path = "/v1/usertasks/" + this.uid;
		postTask("""
				{"Uid": "%s", "Title": "Translate", "AssignedUsers": ["5"], "AssignedUserGroups": ["%s"],
				 "AttachedEntities": [{"EntityType": 0, "EntityId": "1022"}, {"EntityType": 1, "EntityId": "1022"}]}"""
			.formatted(this.uid, this.group));
		this.clock.advance(Duration.ofMinutes(1));
	}

	// --- POST /v1/usertasks/{uid}/status

	@Test
	void changesTheStatusAloneAndAnswersTheTask() {
		JsonNode before = task(this.uid);

		ApiClient.Response response = this.ann.post(this.path + "/status", "{\"Status\": 3}");

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.contentType())
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		JsonNode after = task(this.uid);
		assertThat(response.json()).isEqualTo(after);
		assertThat(after.get("Status").asInt()).isEqualTo(3);
		assertThat(after.get("LastModified").asString()).isEqualTo(this.clock.wireNow());
		assertThat(withoutActivity(after)).isEqualTo(withoutActivity(before));
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 2, 3 })
	void aCompletedTaskCannotMoveToAnythingButReOpened(int status) {
		complete();
		JsonNode before = task(this.uid);

		ApiClient.Response response = this.ann.post(this.path + "/status", "{\"Status\": " + status + "}");

		assertProblem(response, 409, "conflict");
		assertThat(response.json().get("reason").asString()).isEqualTo("status-transition");
		assertThat(task(this.uid)).isEqualTo(before);
	}

	@Test
	void aCompletedTaskReOpens() {
		complete();

		ApiClient.Response response = this.ann.post(this.path + "/status", "{\"Status\": 1}");

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(task(this.uid).get("Status").asInt()).isEqualTo(1);
	}

	@Test
	void settingTheStatusTheTaskHasChangesNothing() {
		String etag = etag(this.uid);
		JsonNode before = task(this.uid);

		ApiClient.Response response = this.ann.post(this.path + "/status", "{\"Status\": 0}");

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.header("ETag")).isEqualTo(etag);
		assertThat(task(this.uid)).isEqualTo(before);
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "{\"Status\": 5}", "{\"Status\": -1}", "{\"Status\": \"Done\"}", "{}", "{\"Status\": null}" })
	void anUnknownOrMissingStatusAnswers400(String body) {
		ApiClient.Response response = this.ann.post(this.path + "/status", body);

		assertInvalid(response, "Status", "");
		assertThat(task(this.uid).get("Status").asInt()).isZero();
	}

	@Test
	void statusOfAnUnknownTaskAnswers404() {
		ApiClient.Response response = this.ann.post("/v1/usertasks/" + UUID.randomUUID() + "/status",
				"{\"Status\": 2}");

		assertProblem(response, 404, "not-found");
	}

	// --- POST /v1/usertasks/{uid}/claim

	@Test
	void aMemberOfAnAssignedGroupClaimsAndBecomesTheOnlyAssignedUser() {
		ApiClient.Response response = this.bob.post(this.path + "/claim", "");

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		JsonNode task = task(this.uid);
		assertThat(response.json()).isEqualTo(task);
		assertThat(task.get("AssignedUsers")).isEqualTo(parse("[\"10\"]"));
		assertThat(task.get("AssignedUserGroups")).isEqualTo(parse("[\"" + this.group + "\"]"));
		assertThat(task.get("Status").asInt()).isEqualTo(2);
	}

	@Test
	void anAssignedUserClaims() {
		ApiClient.Response response = this.ann.post(this.path + "/claim", "");

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(task(this.uid).get("AssignedUsers")).isEqualTo(parse("[\"5\"]"));
	}

	@Test
	void claimingAReOpenedTaskStartsIt() {
		putStatus(1);

		this.bob.post(this.path + "/claim", "");

		assertThat(task(this.uid).get("Status").asInt()).isEqualTo(2);
	}

	@ParameterizedTest
	@ValueSource(ints = { 3, 4 })
	void claimingATaskThatIsNeitherNewNorReOpenedKeepsItsStatus(int status) {
		putStatus(status);

		ApiClient.Response response = this.bob.post(this.path + "/claim", "");

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(task(this.uid).get("Status").asInt()).isEqualTo(status);
	}

	@Test
	void someoneNotAssignedCannotClaimNotEvenAnAdmin() {
		JsonNode before = task(this.uid);

		ApiClient.Response byEve = this.eve.post(this.path + "/claim", "");
		ApiClient.Response byAdmin = this.admin.post(this.path + "/claim", "");

		assertProblem(byEve, 403, "forbidden");
		assertProblem(byAdmin, 403, "forbidden");
		assertThat(task(this.uid)).isEqualTo(before);
	}

	@Test
	void claimingAgainByTheHolderAnswers200AndChangesNothing() {
		this.bob.post(this.path + "/claim", "");
		JsonNode claimed = task(this.uid);
		String etag = etag(this.uid);
		this.clock.advance(Duration.ofMinutes(1));

		ApiClient.Response response = this.bob.post(this.path + "/claim", "");

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.header("ETag")).isEqualTo(etag);
		assertThat(task(this.uid)).isEqualTo(claimed);
	}

	@Test
	void aTaskSomeoneHoldsCannotBeClaimedByAnother() {
		this.bob.post(this.path + "/claim", "");
		JsonNode claimed = task(this.uid);
		createUser("14", "Cy", "Moss", this.group);
		ApiClient cy = this.admin.as(createKey("14", false));

		ApiClient.Response response = cy.post(this.path + "/claim", "");

		assertProblem(response, 409, "conflict");
		assertThat(response.json().get("reason").asString()).isEqualTo("claimed");
		assertThat(response.json().get("holder").asString()).isEqualTo("10");
		assertThat(task(this.uid)).isEqualTo(claimed);
	}

	@Test
	void claimOfAnUnknownTaskAnswers404() {
		ApiClient.Response response = this.bob.post("/v1/usertasks/" + UUID.randomUUID() + "/claim", "");

		assertProblem(response, 404, "not-found");
	}

	// --- POST /v1/usertasks/{uid}/unclaim

	@Test
	void theHolderUnclaimsAndTheClaimIsUndone() {
		this.bob.post(this.path + "/claim", "");

		ApiClient.Response response = this.bob.post(this.path + "/unclaim", "");

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		JsonNode task = task(this.uid);
		assertThat(response.json()).isEqualTo(task);
		assertThat(task.get("AssignedUsers")).isEqualTo(parse("[]"));
		assertThat(task.get("AssignedUserGroups")).isEqualTo(parse("[\"" + this.group + "\"]"));
		assertThat(task.get("Status").asInt()).isZero();
	}

	@Test
	void unclaimRestoresReOpened() {
		putStatus(1);
		this.bob.post(this.path + "/claim", "");

		this.bob.post(this.path + "/unclaim", "");

		assertThat(task(this.uid).get("Status").asInt()).isEqualTo(1);
	}

	@Test
	void unclaimKeepsAStatusTheHolderSetAfterClaiming() {
		this.bob.post(this.path + "/claim", "");
		this.bob.post(this.path + "/status", "{\"Status\": 4}");

		this.bob.post(this.path + "/unclaim", "");

		assertThat(task(this.uid).get("Status").asInt()).isEqualTo(4);
	}

	@Test
	void unclaimKeepsInProgressWhenTheClaimDidNotStartTheTask() {
		putStatus(3);
		this.bob.post(this.path + "/claim", "");
		this.bob.post(this.path + "/status", "{\"Status\": 2}");

		this.bob.post(this.path + "/unclaim", "");

		assertThat(task(this.uid).get("Status").asInt()).isEqualTo(2);
	}

	@Test
	void anAdminUnclaimsForTheHolder() {
		this.bob.post(this.path + "/claim", "");

		ApiClient.Response response = this.admin.post(this.path + "/unclaim", "");

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(task(this.uid).get("AssignedUsers")).isEqualTo(parse("[]"));
		createUser("14", "Cy", "Moss", this.group);
		ApiClient cy = this.admin.as(createKey("14", false));
		assertThat(cy.post(this.path + "/claim", "").status()).as("the task is free again").isEqualTo(200);
	}

	@Test
	void someoneElseCannotUnclaimNotEvenAMemberOfTheGroup() {
		this.bob.post(this.path + "/claim", "");
		JsonNode claimed = task(this.uid);
		createUser("14", "Cy", "Moss", this.group);
		ApiClient cy = this.admin.as(createKey("14", false));

		ApiClient.Response byCy = cy.post(this.path + "/unclaim", "");
		ApiClient.Response byEve = this.eve.post(this.path + "/unclaim", "");

		assertProblem(byCy, 403, "forbidden");
		assertProblem(byEve, 403, "forbidden");
		assertThat(task(this.uid)).isEqualTo(claimed);
	}

	@Test
	void unclaimingATaskNobodyHoldsChangesNothing() {
		String etag = etag(this.uid);
		JsonNode before = task(this.uid);

		ApiClient.Response response = this.ann.post(this.path + "/unclaim", "");

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.header("ETag")).isEqualTo(etag);
		assertThat(task(this.uid)).isEqualTo(before);
	}

	@Test
	void aPutThatDropsTheHolderFromTheAssignedUsersEndsTheClaim() {
		this.bob.post(this.path + "/claim", "");

		putTask("""
				{"Uid": "%s", "Title": "Translate", "AssignedUsers": ["5"], "AssignedUserGroups": ["%s"]}"""
			.formatted(this.uid, this.group));

		ApiClient.Response byAnn = this.ann.post(this.path + "/claim", "");
		assertThat(byAnn.status()).as(byAnn.body()).isEqualTo(200);
		assertThat(task(this.uid).get("AssignedUsers")).isEqualTo(parse("[\"5\"]"));
	}

	@Test
	void aPutThatKeepsTheHolderKeepsTheClaim() {
		this.bob.post(this.path + "/claim", "");

		putTask("""
				{"Uid": "%s", "Title": "Translate", "AssignedUsers": ["10", "5"], "AssignedUserGroups": ["%s"]}"""
			.formatted(this.uid, this.group));

		ApiClient.Response byAnn = this.ann.post(this.path + "/claim", "");
		assertProblem(byAnn, 409, "conflict");
		assertThat(byAnn.json().get("holder").asString()).isEqualTo("10");
	}

	// --- PUT /v1/usertasks/{uid}/entities/{entityType}/{entityId}

	@Test
	void marksOneAttachedEntityDoneAndAnswersTheTask() {
		ApiClient.Response response = this.ann.put(this.path + "/entities/1/1022", "{\"Status\": 1}");

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.json()).isEqualTo(task(this.uid));
		assertThat(task(this.uid).get("AttachedEntities")).isEqualTo(
				parse("""
						[{"EntityType": 0, "EntityId": "1022", "Status": 0}, {"EntityType": 1, "EntityId": "1022", "Status": 1}]"""));
	}

	@Test
	void marksADoneEntityPendingAgain() {
		this.ann.put(this.path + "/entities/0/1022", "{\"Status\": 1}");

		this.ann.put(this.path + "/entities/0/1022", "{\"Status\": 0}");

		assertThat(task(this.uid).get("AttachedEntities").get(0).get("Status").asInt()).isZero();
	}

	@Test
	void marksAnEntityOfATypeWithoutAName() {
		putTask("""
				{"Uid": "%s", "AttachedEntities": [{"EntityType": 17, "EntityId": "a-17"}]}""".formatted(this.uid));

		ApiClient.Response response = this.admin.put(this.path + "/entities/17/a-17", "{\"Status\": 1}");

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(task(this.uid).get("AttachedEntities"))
			.isEqualTo(parse("[{\"EntityType\": 17, \"EntityId\": \"a-17\", \"Status\": 1}]"));
	}

	@Test
	void anEntityTheTaskDoesNotHaveAnswers404() {
		JsonNode before = task(this.uid);

		ApiClient.Response otherId = this.ann.put(this.path + "/entities/0/1023", "{\"Status\": 1}");
		ApiClient.Response otherType = this.ann.put(this.path + "/entities/2/1022", "{\"Status\": 1}");

		assertProblem(otherId, 404, "not-found");
		assertProblem(otherType, 404, "not-found");
		assertThat(task(this.uid)).isEqualTo(before);
	}

	@Test
	void aNegativeEntityTypeAnswers400() {
		ApiClient.Response response = this.ann.put(this.path + "/entities/-1/1022", "{\"Status\": 1}");

		assertInvalid(response, "entityType", "");
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"Status\": 2}", "{}" })
	void anUnknownOrMissingEntityStatusAnswers400(String body) {
		ApiClient.Response response = this.ann.put(this.path + "/entities/0/1022", body);

		assertInvalid(response, "Status", "");
	}

	@Test
	void entityOfAnUnknownTaskAnswers404() {
		ApiClient.Response response = this.ann.put("/v1/usertasks/" + UUID.randomUUID() + "/entities/0/1022",
				"{\"Status\": 1}");

		assertProblem(response, 404, "not-found");
	}

	private void complete() {
		ApiClient.Response response = this.ann.post(this.path + "/status", "{\"Status\": 4}");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		this.clock.advance(Duration.ofMinutes(1));
	}

	private void putStatus(int status) {
		putTask("""
				{"Uid": "%s", "Title": "Translate", "Status": %d, "AssignedUsers": ["5"], "AssignedUserGroups": ["%s"],
				 "AttachedEntities": [{"EntityType": 0, "EntityId": "1022"}, {"EntityType": 1, "EntityId": "1022"}]}"""
			.formatted(this.uid, status, this.group));
		this.clock.advance(Duration.ofMinutes(1));
	}

	/** The task without what a change itself adds: status, trail and LastModified. */
	private static JsonNode withoutActivity(JsonNode task) {
		tools.jackson.databind.node.ObjectNode copy = (tools.jackson.databind.node.ObjectNode) task.deepCopy();
		copy.remove(List.of("Status", "Comments", "LastModified"));
		return copy;
	}

}

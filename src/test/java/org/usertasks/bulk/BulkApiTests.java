package org.usertasks.bulk;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.usertasks.ApiClient;
import org.usertasks.task.TaskApiTestSupport;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * {@code POST /v1/usertasks/bulk}, end to end: one action applied to many tasks, each
 * task changed completely or not at all, with a result per task in the order asked.
 */
class BulkApiTests extends TaskApiTestSupport {

	private static final String BULK = "/v1/usertasks/bulk";

	private ApiClient ann;

	@BeforeEach
	void aUserWhoWorksInBulk() {
		this.ann = clientOf("5", "Ann", "Lee");
	}

	// --- status

	@Test
	void changesTheStatusOfEveryTaskAndAnswersOneResultPerTaskInRequestOrder() {
		String first = createTask("First");
		String second = createTask("Second");
		String third = createTask("Third");

		ApiClient.Response response = bulk(this.ann, """
				{"Action": "status", "Uids": ["%s", "%s", "%s", "%s"], "Status": 2}""".formatted(third, first, third,
				second));

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(results(response)).containsExactly(tuple(third, "ok"), tuple(first, "ok"), tuple(second, "ok"));
		assertThat(List.of(first, second, third)).allSatisfy((uid) -> assertThat(status(uid)).isEqualTo(2));
	}

	@Test
	void answersOkWithoutDetailForAChangedTask() {
		String uid = createTask("Only");

		ApiClient.Response response = bulk(this.ann, """
				{"Action": "status", "Uids": ["%s"], "Status": 3}""".formatted(uid));

		assertThat(response.contentType())
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		assertThat(response.json()).isEqualTo(ApiClient.parse("""
				{"Results": [{"Uid": "%s", "Result": "ok", "Detail": null}]}""".formatted(uid)));
	}

	@Test
	void answersNotFoundForUnknownUidsWhileTheOtherTasksStillChange() {
		String first = createTask("First");
		String second = createTask("Second");
		String unknown = UUID.randomUUID().toString();

		ApiClient.Response response = bulk(this.ann, """
				{"Action": "status", "Uids": ["%s", "%s", "%s"], "Status": 4}""".formatted(first, unknown, second));

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(results(response)).containsExactly(tuple(first, "ok"), tuple(unknown, "notFound"),
				tuple(second, "ok"));
		assertThat(detailOf(response, unknown)).contains(unknown);
		assertThat(status(first)).isEqualTo(4);
		assertThat(status(second)).isEqualTo(4);
	}

	@Test
	void answersConflictForACompletedTaskAskedToGoInProgressWhileTheOtherTasksStillChange() {
		String open = createTask("Open");
		String completed = createTask("Completed");
		changeStatus(completed, 4);

		ApiClient.Response response = bulk(this.ann, """
				{"Action": "status", "Uids": ["%s", "%s"], "Status": 2}""".formatted(completed, open));

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(results(response)).containsExactly(tuple(completed, "conflict"), tuple(open, "ok"));
		assertThat(detailOf(response, completed)).contains("Completed").contains("ReOpened");
		assertThat(status(completed)).isEqualTo(4);
		assertThat(status(open)).isEqualTo(2);
	}

	@Test
	void leavesATaskThatCannotChangeExactlyAsItWas() {
		String completed = createTask("Completed");
		changeStatus(completed, 4);
		JsonNode before = task(completed);
		List<JsonNode> historyBefore = historyEntries(completed);
		String etagBefore = this.admin.get("/v1/usertasks/" + completed).header("ETag");
		this.clock.advance(java.time.Duration.ofMinutes(5));

		bulk(this.ann, """
				{"Action": "status", "Uids": ["%s"], "Status": 2}""".formatted(completed));

		assertThat(task(completed)).isEqualTo(before);
		assertThat(historyEntries(completed)).isEqualTo(historyBefore);
		assertThat(this.admin.get("/v1/usertasks/" + completed).header("ETag")).isEqualTo(etagBefore);
	}

	@Test
	void recordsASystemCommentAndHistoryForEachTaskAsTheCaller() {
		String first = createTask("First");
		String second = createTask("Second");
		String at = this.clock.wireNow();

		bulk(this.ann, """
				{"Action": "status", "Uids": ["%s", "%s"], "Status": 2}""".formatted(first, second));

		assertThat(List.of(first, second)).allSatisfy((uid) -> {
			assertThat(historyEntries(uid)).singleElement().satisfies((entry) -> {
				assertThat(entry.get("UserId").asString()).isEqualTo("5");
				assertThat(entry.get("Field").asString()).isEqualTo("Status");
				assertThat(entry.get("OldValue").asString()).isEqualTo("New");
				assertThat(entry.get("NewValue").asString()).isEqualTo("InProgress");
			});
			assertThat(comments(uid)).singleElement().satisfies((comment) -> {
				assertThat(comment.get("Comment").asString()).isEqualTo("Status changed from New to InProgress");
				assertThat(comment.get("UserId").asString()).isEqualTo("5");
				assertThat(comment.get("IsSystemGenerated").asBoolean()).isTrue();
				assertThat(comment.get("Created").asString()).isEqualTo(at);
			});
		});
	}

	// --- assign and unassign

	@Test
	void assignsUsersAndGroupsToEveryTaskKeepingThoseAlreadyAssigned() {
		createUsers("10", "12");
		String editors = createGroup("Editors");
		String first = createTask("First");
		String second = createTask("Second");
		putAssignees(second, "[\"12\"]", "[]");

		ApiClient.Response response = bulk(this.ann, """
				{"Action": "assign", "Uids": ["%s", "%s"], "Users": ["10", "12"], "UserGroups": ["%s"]}"""
			.formatted(first, second, editors));

		assertThat(results(response)).containsExactly(tuple(first, "ok"), tuple(second, "ok"));
		assertThat(strings(task(first).get("AssignedUsers"))).containsExactly("10", "12");
		assertThat(strings(task(second).get("AssignedUsers"))).containsExactly("12", "10");
		assertThat(strings(task(first).get("AssignedUserGroups"))).containsExactly(editors);
		assertThat(strings(task(second).get("AssignedUserGroups"))).containsExactly(editors);
		assertThat(historyEntries(second)).extracting((entry) -> entry.get("Field").asString())
			.containsExactly("AssignedUsers", "AssignedUsers", "AssignedUserGroups");
	}

	@Test
	void refusesTheWholeRequestWhenAUserToAssignDoesNotExistAndChangesNothing() {
		createUsers("10");
		String first = createTask("First");
		String second = createTask("Second");

		ApiClient.Response response = bulk(this.ann, """
				{"Action": "assign", "Uids": ["%s", "%s"], "Users": ["10", "99"]}""".formatted(first, second));

		assertInvalid(response, "Users[1]", "99");
		assertThat(List.of(first, second)).allSatisfy((uid) -> {
			assertThat(task(uid).get("AssignedUsers").isEmpty()).isTrue();
			assertThat(historyEntries(uid)).isEmpty();
		});
	}

	@Test
	void refusesTheWholeRequestWhenAGroupToAssignDoesNotExistAndChangesNothing() {
		String first = createTask("First");
		String unknownGroup = UUID.randomUUID().toString();

		ApiClient.Response response = bulk(this.ann, """
				{"Action": "assign", "Uids": ["%s"], "UserGroups": ["%s"]}""".formatted(first, unknownGroup));

		assertInvalid(response, "UserGroups[0]", unknownGroup);
		assertThat(task(first).get("AssignedUserGroups").isEmpty()).isTrue();
	}

	@Test
	void unassignsUsersAndGroupsFromEveryTaskAndLeavesTheOthersAssigned() {
		createUsers("10", "12");
		String editors = createGroup("Editors");
		String translators = createGroup("Translators");
		String first = createTask("First");
		String second = createTask("Second");
		putAssignees(first, "[\"10\", \"12\"]", "[\"%s\", \"%s\"]".formatted(editors, translators));
		putAssignees(second, "[\"12\"]", "[\"%s\"]".formatted(editors));

		ApiClient.Response response = bulk(this.ann, """
				{"Action": "unassign", "Uids": ["%s", "%s"], "Users": ["12"], "UserGroups": ["%s"]}""".formatted(first,
				second, editors));

		assertThat(results(response)).containsExactly(tuple(first, "ok"), tuple(second, "ok"));
		assertThat(strings(task(first).get("AssignedUsers"))).containsExactly("10");
		assertThat(strings(task(first).get("AssignedUserGroups"))).containsExactly(translators);
		assertThat(task(second).get("AssignedUsers").isEmpty()).isTrue();
		assertThat(task(second).get("AssignedUserGroups").isEmpty()).isTrue();
	}

	@Test
	void unassigningTheUserWhoClaimedATaskEndsTheClaim() {
		String editors = createGroup("Editors");
		createUser("20", "Bob", "Ray", editors);
		ApiClient bob = this.admin.as(createKey("20", false));
		createUser("21", "Cy", "Fox", editors);
		ApiClient cy = this.admin.as(createKey("21", false));
		String uid = createTask("Claimable");
		putAssignees(uid, "[]", "[\"%s\"]".formatted(editors));
		assertThat(bob.post("/v1/usertasks/" + uid + "/claim", "").status()).isEqualTo(200);
		assertThat(cy.post("/v1/usertasks/" + uid + "/claim", "").status()).isEqualTo(409);

		ApiClient.Response response = bulk(this.ann, """
				{"Action": "unassign", "Uids": ["%s"], "Users": ["20"]}""".formatted(uid));

		assertThat(results(response)).containsExactly(tuple(uid, "ok"));
		assertThat(historyEntries(uid)).last().satisfies((entry) -> {
			assertThat(entry.get("Field").asString()).isEqualTo("ClaimedBy");
			assertThat(entry.get("OldValue").asString()).isEqualTo("20");
			assertThat(entry.get("NewValue").isNull()).isTrue();
		});
		ApiClient.Response claimedByCy = cy.post("/v1/usertasks/" + uid + "/claim", "");
		assertThat(claimedByCy.status()).as(claimedByCy.body()).isEqualTo(200);
		assertThat(strings(claimedByCy.json().get("AssignedUsers"))).containsExactly("21");
	}

	// --- comment and delete

	@Test
	void addsTheCommentToEveryTaskAsTheCaller() {
		String first = createTask("First");
		String second = createTask("Second");

		ApiClient.Response response = bulk(this.ann, """
				{"Action": "comment", "Uids": ["%s", "%s"], "Comment": "Prices checked."}""".formatted(first, second));

		assertThat(results(response)).containsExactly(tuple(first, "ok"), tuple(second, "ok"));
		assertThat(List.of(first, second))
			.allSatisfy((uid) -> assertThat(comments(uid)).singleElement().satisfies((comment) -> {
				assertThat(comment.get("Comment").asString()).isEqualTo("Prices checked.");
				assertThat(comment.get("UserId").asString()).isEqualTo("5");
				assertThat(comment.get("Name").asString()).isEqualTo("Ann Lee");
				assertThat(comment.get("IsSystemGenerated").asBoolean()).isFalse();
			}));
	}

	@Test
	void deletesEveryTaskAndAnswersNotFoundForThoseAlreadyGone() {
		String first = createTask("First");
		String second = createTask("Second");
		String kept = createTask("Kept");
		String gone = UUID.randomUUID().toString();

		ApiClient.Response response = bulk(this.ann, """
				{"Action": "delete", "Uids": ["%s", "%s", "%s"]}""".formatted(first, gone, second));

		assertThat(results(response)).containsExactly(tuple(first, "ok"), tuple(gone, "notFound"), tuple(second, "ok"));
		assertThat(this.admin.get("/v1/usertasks/" + first).status()).isEqualTo(404);
		assertThat(this.admin.get("/v1/usertasks/" + second).status()).isEqualTo(404);
		assertThat(this.admin.get("/v1/usertasks/" + kept).status()).isEqualTo(200);
	}

	@Test
	void acceptsTheActionInAnyCase() {
		String uid = createTask("Only");

		ApiClient.Response response = bulk(this.ann, """
				{"Action": " Status ", "Uids": ["%s"], "Status": 2}""".formatted(uid));

		assertThat(results(response)).containsExactly(tuple(uid, "ok"));
		assertThat(status(uid)).isEqualTo(2);
	}

	// --- requests refused whole

	@Test
	void answers400NamingActionWhenItIsMissing() {
		String uid = createTask("Only");

		ApiClient.Response response = bulk(this.ann, """
				{"Uids": ["%s"], "Status": 2}""".formatted(uid));

		assertInvalid(response, "Action", "");
		assertThat(status(uid)).isZero();
	}

	@Test
	void answers400NamingActionWhenItIsUnknown() {
		String uid = createTask("Only");

		ApiClient.Response response = bulk(this.ann, """
				{"Action": "archive", "Uids": ["%s"]}""".formatted(uid));

		assertInvalid(response, "Action", "archive");
		assertThat(this.admin.get("/v1/usertasks/" + uid).status()).isEqualTo(200);
	}

	@Test
	void answers400NamingStatusWhenAStatusChangeHasNone() {
		String uid = createTask("Only");

		ApiClient.Response response = bulk(this.ann, """
				{"Action": "status", "Uids": ["%s"]}""".formatted(uid));

		assertInvalid(response, "Status", "required");
	}

	@Test
	void answers400NamingCommentWhenACommentActionHasNoneOrABlankOne() {
		String uid = createTask("Only");

		ApiClient.Response missing = bulk(this.ann, """
				{"Action": "comment", "Uids": ["%s"]}""".formatted(uid));
		ApiClient.Response blank = bulk(this.ann, """
				{"Action": "comment", "Uids": ["%s"], "Comment": "  "}""".formatted(uid));

		assertInvalid(missing, "Comment", "required");
		assertInvalid(blank, "Comment", "required");
		assertThat(comments(uid)).isEmpty();
	}

	@Test
	void answers400NamingUsersWhenAnAssignOrUnassignNamesNobody() {
		String uid = createTask("Only");

		ApiClient.Response assign = bulk(this.ann, """
				{"Action": "assign", "Uids": ["%s"], "Users": [], "UserGroups": []}""".formatted(uid));
		ApiClient.Response unassign = bulk(this.ann, """
				{"Action": "unassign", "Uids": ["%s"]}""".formatted(uid));

		assertInvalid(assign, "Users", "at least one");
		assertInvalid(unassign, "Users", "at least one");
	}

	@Test
	void answers400NamingUidsWhenThereAreMoreThanOneThousand() {
		String uid = createTask("Only");
		String uids = IntStream.range(0, 1000)
			.mapToObj((i) -> "\"" + UUID.randomUUID() + "\"")
			.collect(Collectors.joining(", "));

		ApiClient.Response response = bulk(this.ann, """
				{"Action": "status", "Uids": ["%s", %s], "Status": 2}""".formatted(uid, uids));

		assertInvalid(response, "Uids", "1000");
		assertThat(status(uid)).isZero();
	}

	@Test
	void acceptsExactlyOneThousandUids() {
		String uid = createTask("Only");
		String uids = IntStream.range(0, 999)
			.mapToObj((i) -> "\"" + UUID.randomUUID() + "\"")
			.collect(Collectors.joining(", "));

		ApiClient.Response response = bulk(this.ann, """
				{"Action": "status", "Uids": ["%s", %s], "Status": 2}""".formatted(uid, uids));

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.json().get("Results").size()).isEqualTo(1000);
		assertThat(status(uid)).isEqualTo(2);
	}

	@Test
	void answers400NamingUidsWhenThereAreNone() {
		ApiClient.Response empty = bulk(this.ann, """
				{"Action": "delete", "Uids": []}""");
		ApiClient.Response missing = bulk(this.ann, """
				{"Action": "delete"}""");

		assertInvalid(empty, "Uids", "");
		assertInvalid(missing, "Uids", "");
	}

	@Test
	void answers401WithoutAnApiKeyAndChangesNothing() {
		String uid = createTask("Only");

		ApiClient.Response response = bulk(this.admin.as(null), """
				{"Action": "delete", "Uids": ["%s"]}""".formatted(uid));

		assertProblem(response, 401, "unauthorized");
		assertThat(this.admin.get("/v1/usertasks/" + uid).status()).isEqualTo(200);
	}

	// --- helpers

	private static ApiClient.Response bulk(ApiClient client, String json) {
		return client.post(BULK, json);
	}

	/** The results as (uid, result) tuples, in the order answered. */
	private static List<org.assertj.core.groups.Tuple> results(ApiClient.Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		List<org.assertj.core.groups.Tuple> results = new ArrayList<>();
		response.json()
			.get("Results")
			.values()
			.forEach((result) -> results.add(tuple(result.get("Uid").asString(), result.get("Result").asString())));
		return results;
	}

	private static String detailOf(ApiClient.Response response, String uid) {
		for (JsonNode result : response.json().get("Results").values()) {
			if (result.get("Uid").asString().equals(uid)) {
				return result.get("Detail").asString();
			}
		}
		throw new AssertionError("no result for " + uid + " in " + response.body());
	}

	private int status(String uid) {
		return task(uid).get("Status").asInt();
	}

	private void changeStatus(String uid, int status) {
		ApiClient.Response response = this.admin.post("/v1/usertasks/" + uid + "/status",
				"{\"Status\": " + status + "}");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
	}

	private void putAssignees(String uid, String users, String groups) {
		JsonNode task = task(uid);
		putTask("""
				{"Uid": "%s", "Title": "%s", "AssignedUsers": %s, "AssignedUserGroups": %s}""".formatted(uid,
				task.get("Title").asString(), users, groups));
	}

	private List<JsonNode> historyEntries(String uid) {
		List<JsonNode> entries = new ArrayList<>();
		history(uid).values().forEach(entries::add);
		return entries;
	}

	private List<JsonNode> comments(String uid) {
		List<JsonNode> comments = new ArrayList<>();
		task(uid).get("Comments").values().forEach(comments::add);
		return comments;
	}

	private static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.values().forEach((value) -> values.add(value.asString()));
		return values;
	}

}

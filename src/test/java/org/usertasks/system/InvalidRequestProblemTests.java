package org.usertasks.system;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.usertasks.ApiClient;
import org.usertasks.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.usertasks.system.ProblemAssertions.assertInvalidRequest;
import static org.usertasks.system.ProblemAssertions.messageFor;

/**
 * Every kind of bad input answers 400 {@code /problems/invalid-request} with an
 * {@code errors} list that names each field as the client spelled it: PascalCase body
 * properties with list indexes, {@code body[i]} for a bare array, and query and path
 * parameters by their own names.
 */
class InvalidRequestProblemTests extends ApiTestSupport {

	private static final String TASKS = "/v1/usertasks";

	@Test
	void namesTheBodyWhenJsonIsMalformed() {
		String truncated = "{\"Title\": ";

		ApiClient.Response response = this.admin.post(TASKS, truncated);

		assertThat(assertInvalidRequest(response, TASKS)).containsExactly("body");
		assertThat(messageFor(response, "body")).startsWith("malformed JSON");
	}

	@Test
	void namesTheBodyWhenItIsMissing() {
		String empty = "";

		ApiClient.Response response = this.admin.post(TASKS, empty);

		assertThat(assertInvalidRequest(response, TASKS)).containsExactly("body");
	}

	@Test
	void namesThePropertyWhoseJsonTypeIsWrong() {
		String objectForText = "{\"Title\": {}}";

		ApiClient.Response response = this.admin.post(TASKS, objectForText);

		assertThat(assertInvalidRequest(response, TASKS)).containsExactly("Title");
		assertThat(messageFor(response, "Title")).isEqualTo("must be a string");
	}

	@Test
	void namesABodyPropertyThatIsNotAUuid() {
		String badUid = "{\"Uid\": \"not-a-uuid\", \"Title\": \"t\"}";

		ApiClient.Response response = this.admin.post(TASKS, badUid);

		assertThat(assertInvalidRequest(response, TASKS)).containsExactly("Uid");
		assertThat(messageFor(response, "Uid")).contains("UUID").contains("'not-a-uuid'");
	}

	@Test
	void namesAPathVariableThatIsNotAUuid() {
		String path = TASKS + "/not-a-uuid";

		ApiClient.Response response = this.admin.get(path);

		assertThat(assertInvalidRequest(response, path)).containsExactly("uid");
		assertThat(messageFor(response, "uid")).contains("UUID");
	}

	@Test
	void namesTheArrayItemOfABareArrayBodyThatIsNotAUuid() {
		String batch = "[\"9fb6b427-07f7-4b01-a04b-851eaf2d65c0\", \"nope\"]";

		ApiClient.Response response = this.admin.post(TASKS + "/batch", batch);

		assertThat(assertInvalidRequest(response, TASKS + "/batch")).containsExactly("body[1]");
	}

	@Test
	void namesATimestampWithoutAnIsoFormat() {
		String badDeadline = "{\"Deadline\": \"tomorrow\"}";

		ApiClient.Response response = this.admin.post(TASKS, badDeadline);

		assertThat(assertInvalidRequest(response, TASKS)).containsExactly("Deadline");
		assertThat(messageFor(response, "Deadline")).contains("ISO-8601").contains("'tomorrow'");
	}

	@Test
	void namesATextPropertyThatHoldsTheNulCharacter() {
		String withNul = "{\"Title\": \"before\\u0000after\"}";

		ApiClient.Response response = this.admin.post(TASKS, withNul);

		assertThat(assertInvalidRequest(response, TASKS)).containsExactly("Title");
		assertThat(messageFor(response, "Title")).contains("NUL");
	}

	@Test
	void namesAnUnknownEnumCodeAndListsTheKnownOnes() {
		String uid = createTask("status");
		String unknownStatus = "{\"Uid\": \"" + uid + "\", \"Status\": 9}";

		ApiClient.Response response = this.admin.put(TASKS, unknownStatus);

		assertThat(assertInvalidRequest(response, TASKS)).containsExactly("Status");
		assertThat(messageFor(response, "Status")).contains("'9'")
			.contains("0 New")
			.contains("4 Completed")
			.doesNotContain("JSON object");
	}

	@Test
	void namesAPropertyInsideAListWithItsIndex() {
		String negativeEntityType = """
				{"AttachedEntities": [{"EntityType": -1, "EntityId": "1022"}]}""";

		ApiClient.Response response = this.admin.post(TASKS, negativeEntityType);

		assertThat(assertInvalidRequest(response, TASKS)).containsExactly("AttachedEntities[0].EntityType");
	}

	@Test
	void namesAConstraintViolationInsideAListWithItsIndex() {
		String blankEntityId = """
				{"AttachedEntities": [{"EntityType": 0, "EntityId": "1022"}, {"EntityType": 0, "EntityId": " "}]}""";

		ApiClient.Response response = this.admin.post(TASKS, blankEntityId);

		assertThat(assertInvalidRequest(response, TASKS)).containsExactly("AttachedEntities[1].EntityId");
	}

	@Test
	void namesANullListItem() {
		String nullUser = "{\"AssignedUsers\": [null]}";

		ApiClient.Response response = this.admin.post(TASKS, nullUser);

		assertThat(assertInvalidRequest(response, TASKS)).containsExactly("AssignedUsers[0]");
	}

	@Test
	void listsEveryFieldThatBreaksAConstraint() {
		String tooLong = "x".repeat(1001);
		String twoViolations = """
				{"Title": "%s", "AttachedEntities": [{"EntityType": 0, "EntityId": ""}]}""".formatted(tooLong);

		ApiClient.Response response = this.admin.post(TASKS, twoViolations);

		List<String> fields = assertInvalidRequest(response, TASKS);
		assertThat(fields).containsExactlyInAnyOrder("Title", "AttachedEntities[0].EntityId");
		assertThat(response.json().get("detail").asString()).contains("(and 1 more)");
	}

	@Test
	void namesAPageBelowOne() {
		String query = "?page=0";

		ApiClient.Response response = this.admin.get(TASKS + query);

		assertThat(assertInvalidRequest(response, TASKS)).containsExactly("page");
	}

	@Test
	void namesAPageThatIsNotANumber() {
		String query = "?page=abc";

		ApiClient.Response response = this.admin.get(TASKS + query);

		assertThat(assertInvalidRequest(response, TASKS)).containsExactly("page");
		assertThat(messageFor(response, "page")).contains("integer").contains("'abc'");
	}

	@Test
	void namesAQueryParameterThatIsNotAUuid() {
		String comments = TASKS + "/" + createTask("comments") + "/comments";

		ApiClient.Response response = this.admin.delete(comments + "?commentUid=nope");

		assertThat(assertInvalidRequest(response, comments)).containsExactly("commentUid");
	}

}

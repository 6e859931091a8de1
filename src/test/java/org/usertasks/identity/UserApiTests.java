package org.usertasks.identity;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import org.usertasks.ApiClient;
import org.usertasks.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.usertasks.identity.ProblemAssert.assertProblem;
import static org.usertasks.identity.ProblemAssert.fieldsInError;

/**
 * {@code /v1/users} over real HTTP: Struct's User shape, group membership through
 * {@code UserGroups}, and the errors a client gets.
 */
class UserApiTests extends ApiTestSupport {

	@Test
	void createsUserAndAnswersItInStructsShape() {
		String editors = createGroup("Editors");

		ApiClient.Response response = this.admin.post("/v1/users", """
				{"Uid": "5", "Email": "ann@example.com", "Firstname": "Ann", "Lastname": "Lee", "Status": 1,
				 "UserGroups": ["%s"], "Roles": ["Editor", "Translator"]}""".formatted(editors));

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		JsonNode user = response.json();
		assertThat(user.propertyNames()).containsExactly("Uid", "Email", "Firstname", "Lastname", "Status",
				"UserGroups", "Roles");
		assertThat(user.get("Uid").isString()).isTrue();
		assertThat(user).isEqualTo(ApiClient.parse("""
				{"Uid": "5", "Email": "ann@example.com", "Firstname": "Ann", "Lastname": "Lee", "Status": 1,
				 "UserGroups": ["%s"], "Roles": ["Editor", "Translator"]}""".formatted(editors)));
		assertThat(this.admin.get("/v1/users/5").json()).isEqualTo(user);
	}

	@Test
	void choosesAUidWhenNoneIsGiven() {
		ApiClient.Response response = this.admin.post("/v1/users", "{\"Firstname\": \"Ann\"}");

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		String uid = response.json().get("Uid").asString();
		assertThat(uid).isNotBlank();
		assertThat(this.admin.get("/v1/users/" + uid).json().get("Firstname").asString()).isEqualTo("Ann");
	}

	@Test
	void readsLeftOutStatusAsActiveAndLeftOutListsAsEmpty() {
		ApiClient.Response response = this.admin.post("/v1/users", "{\"Uid\": \"7\"}");

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(this.admin.get("/v1/users/7").json()).isEqualTo(ApiClient.parse("""
				{"Uid": "7", "Email": null, "Firstname": null, "Lastname": null, "Status": 1,
				 "UserGroups": [], "Roles": []}"""));
	}

	@Test
	void keepsEachStatusAsItsStructCode() {
		this.admin.post("/v1/users", "{\"Uid\": \"invited\", \"Status\": 0}");
		this.admin.post("/v1/users", "{\"Uid\": \"disabled\", \"Status\": 2}");

		JsonNode invited = this.admin.get("/v1/users/invited").json();
		JsonNode disabled = this.admin.get("/v1/users/disabled").json();

		assertThat(invited.get("Status").isInt()).isTrue();
		assertThat(invited.get("Status").asInt()).isZero();
		assertThat(disabled.get("Status").asInt()).isEqualTo(2);
	}

	@Test
	void listsAllUsersInTheOrderTheyWereCreated() {
		createUser("b", "Bo", "Berg");
		createUser("a", "Al", "Ash");

		ApiClient.Response response = this.admin.get("/v1/users");

		assertThat(response.status()).isEqualTo(200);
		assertThat(uids(response.json())).containsExactly("admin", "b", "a");
		assertThat(response.json().get(2)).isEqualTo(this.admin.get("/v1/users/a").json());
	}

	@Test
	void updateReplacesEveryEditableField() {
		String editors = createGroup("Editors");
		String translators = createGroup("Translators");
		createUser("5", "Ann", "Lee", editors);

		ApiClient.Response response = this.admin.put("/v1/users", """
				{"Uid": "5", "Email": "ann.berg@example.com", "Firstname": "Anna", "Lastname": "Berg", "Status": 0,
				 "UserGroups": ["%s"], "Roles": ["Reviewer"]}""".formatted(translators));

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.body()).isEmpty();
		assertThat(this.admin.get("/v1/users/5").json()).isEqualTo(ApiClient.parse("""
				{"Uid": "5", "Email": "ann.berg@example.com", "Firstname": "Anna", "Lastname": "Berg", "Status": 0,
				 "UserGroups": ["%s"], "Roles": ["Reviewer"]}""".formatted(translators)));
	}

	@Test
	void updateWithoutListsLeavesTheUserInNoGroupAndWithNoRole() {
		String editors = createGroup("Editors");
		this.admin.post("/v1/users",
				"{\"Uid\": \"5\", \"UserGroups\": [\"" + editors + "\"], \"Roles\": [\"Editor\"]}");

		ApiClient.Response response = this.admin.put("/v1/users", "{\"Uid\": \"5\", \"Firstname\": \"Ann\"}");

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		JsonNode user = this.admin.get("/v1/users/5").json();
		assertThat(user.get("UserGroups").isEmpty()).isTrue();
		assertThat(user.get("Roles").isEmpty()).isTrue();
		assertThat(user.get("Status").asInt()).isEqualTo(1);
	}

	@Test
	void updateWithoutStatusKeepsTheUsersStatus() {
		this.admin.post("/v1/users", "{\"Uid\": \"5\", \"Status\": 2}");

		ApiClient.Response response = this.admin.put("/v1/users", "{\"Uid\": \"5\", \"Firstname\": \"Ann\"}");

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(this.admin.get("/v1/users/5").json().get("Status").asInt()).isEqualTo(2);
	}

	@Test
	void keepsTheOrderOfGroupsAndRolesAndDropsRepeats() {
		String editors = createGroup("Editors");
		String translators = createGroup("Translators");

		this.admin.post("/v1/users", """
				{"Uid": "5", "UserGroups": ["%s", "%s", "%s"], "Roles": ["Zeta", "Alpha", "Zeta"]}"""
			.formatted(translators, editors, translators));

		JsonNode user = this.admin.get("/v1/users/5").json();
		assertThat(strings(user.get("UserGroups"))).containsExactly(translators, editors);
		assertThat(strings(user.get("Roles"))).containsExactly("Zeta", "Alpha");
	}

	@Test
	void deletesUser() {
		createUser("5", "Ann", "Lee");

		ApiClient.Response response = this.admin.delete("/v1/users/5");

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertProblem(this.admin.get("/v1/users/5"), 404, "not-found");
		assertThat(uids(this.admin.get("/v1/users").json())).containsExactly("admin");
	}

	@Test
	void deletingAGroupTakesItOutOfItsMembersGroups() {
		String editors = createGroup("Editors");
		String translators = createGroup("Translators");
		createUser("5", "Ann", "Lee", editors, translators);

		this.admin.delete("/v1/usergroups/" + editors);

		assertThat(strings(this.admin.get("/v1/users/5").json().get("UserGroups"))).containsExactly(translators);
	}

	@Test
	void answers404ForAnUnknownUser() {
		ApiClient.Response response = this.admin.get("/v1/users/nobody");

		assertThat(assertProblem(response, 404, "not-found").get("detail").asString()).contains("nobody");
	}

	@Test
	void answers404WhenUpdatingAnUnknownUser() {
		ApiClient.Response response = this.admin.put("/v1/users", "{\"Uid\": \"nobody\", \"Firstname\": \"Ann\"}");

		assertProblem(response, 404, "not-found");
		assertThat(uids(this.admin.get("/v1/users").json())).containsExactly("admin");
	}

	@Test
	void answers404WhenDeletingAnUnknownUser() {
		ApiClient.Response response = this.admin.delete("/v1/users/nobody");

		assertProblem(response, 404, "not-found");
	}

	@Test
	void answers409WhenTheUidIsTaken() {
		createUser("5", "Ann", "Lee");

		ApiClient.Response response = this.admin.post("/v1/users", "{\"Uid\": \"5\", \"Firstname\": \"Bo\"}");

		assertProblem(response, 409, "already-exists");
		assertThat(this.admin.get("/v1/users/5").json().get("Firstname").asString()).isEqualTo("Ann");
	}

	@Test
	void answers400NamingTheIndexOfAnUnknownGroupOnCreate() {
		String editors = createGroup("Editors");

		ApiClient.Response response = this.admin.post("/v1/users", """
				{"Uid": "5", "UserGroups": ["%s", "0b7e4f4e-8f5e-4f38-9d61-3c1f5b2a7e10"]}""".formatted(editors));

		assertThat(fieldsInError(response)).containsExactly("UserGroups[1]");
		assertThat(response.json().get("errors").get(0).get("message").asString())
			.contains("0b7e4f4e-8f5e-4f38-9d61-3c1f5b2a7e10");
		assertProblem(this.admin.get("/v1/users/5"), 404, "not-found");
	}

	@Test
	void answers400NamingTheIndexOfAnUnknownGroupOnUpdate() {
		String editors = createGroup("Editors");
		createUser("5", "Ann", "Lee", editors);

		ApiClient.Response response = this.admin.put("/v1/users", """
				{"Uid": "5", "Firstname": "Bo", "UserGroups": ["0b7e4f4e-8f5e-4f38-9d61-3c1f5b2a7e10", "%s"]}"""
			.formatted(editors));

		assertThat(fieldsInError(response)).containsExactly("UserGroups[0]");
		JsonNode unchanged = this.admin.get("/v1/users/5").json();
		assertThat(unchanged.get("Firstname").asString()).isEqualTo("Ann");
		assertThat(strings(unchanged.get("UserGroups"))).containsExactly(editors);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@MethodSource("invalidUsers")
	void answers400NamingTheInvalidFieldAndCreatesNothing(String body, String field) {
		ApiClient.Response response = this.admin.post("/v1/users", body);

		assertThat(fieldsInError(response)).containsExactly(field);
		assertThat(uids(this.admin.get("/v1/users").json())).containsExactly("admin");
	}

	static Stream<Arguments> invalidUsers() {
		return Stream.of(Arguments.of("{\"Uid\": \"5,6\"}", "Uid"), Arguments.of("{\"Uid\": \"\"}", "Uid"),
				Arguments.of("{\"Uid\": \"a/b\"}", "Uid"), Arguments.of("{\"Uid\": \"a b\"}", "Uid"),
				Arguments.of("{\"Uid\": \"50%\"}", "Uid"),
				Arguments.of("{\"Uid\": \"" + "u".repeat(101) + "\"}", "Uid"),
				Arguments.of("{\"Uid\": \"5\", \"Email\": \"not an address\"}", "Email"),
				Arguments.of("{\"Uid\": \"5\", \"Firstname\": \"" + "a".repeat(201) + "\"}", "Firstname"),
				Arguments.of("{\"Uid\": \"5\", \"Lastname\": \"" + "a".repeat(201) + "\"}", "Lastname"),
				Arguments.of("{\"Uid\": \"5\", \"Status\": 3}", "Status"),
				Arguments.of("{\"Uid\": \"5\", \"UserGroups\": [\"editors\"]}", "UserGroups[0]"),
				Arguments.of("{\"Uid\": \"5\", \"UserGroups\": [null]}", "UserGroups[0]"),
				Arguments.of("{\"Uid\": \"5\", \"Roles\": [\"Editor\", \"\"]}", "Roles[1]"));
	}

	@Test
	void answers400NamingUidWhenAnUpdateLeavesItOut() {
		ApiClient.Response response = this.admin.put("/v1/users", "{\"Firstname\": \"Ann\"}");

		assertThat(fieldsInError(response)).containsExactly("Uid");
	}

	@Test
	void acceptsNamesUpToTheirLimit() {
		String longName = "a".repeat(200);

		ApiClient.Response response = this.admin.post("/v1/users", """
				{"Uid": "%s", "Firstname": "%s", "Lastname": "%s"}""".formatted("u".repeat(100), longName, longName));

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(this.admin.get("/v1/users/" + "u".repeat(100)).json().get("Lastname").asString())
			.isEqualTo(longName);
	}

	private static List<String> uids(JsonNode users) {
		return users.valueStream().map((user) -> user.get("Uid").asString()).toList();
	}

	private static List<String> strings(JsonNode array) {
		return array.valueStream().map(JsonNode::asString).toList();
	}

}

package org.usertasks.identity;

import java.time.OffsetDateTime;
import java.util.UUID;
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
 * {@code /v1/usergroups} over real HTTP: Struct's UserGroup shape, with who created and
 * last changed each group taken from the caller's key.
 */
class UserGroupApiTests extends ApiTestSupport {

	/** Struct (.NET) writes seven fractional digits and an explicit offset. */
	private static final String WIRE_TIMESTAMP = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{7}[+-]\\d{2}:\\d{2}";

	private static final String EDITORS = "3f0c9a52-6f0e-4c1b-9c55-2a9d0f3e7b11";

	@Test
	void createsGroupAndAnswersItInStructsShape() {
		ApiClient.Response response = this.admin.post("/v1/usergroups",
				"{\"Uid\": \"" + EDITORS + "\", \"Name\": \"Editors\"}");

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		JsonNode group = response.json();
		assertThat(group.propertyNames()).containsExactly("Uid", "Name", "Created", "LastModified", "CreatedBy",
				"LastModifiedBy");
		assertThat(group.get("Uid").asString()).isEqualTo(EDITORS);
		assertThat(group.get("Name").asString()).isEqualTo("Editors");
		assertThat(group.get("Created").asString()).matches(WIRE_TIMESTAMP);
		assertThat(group.get("LastModified")).isEqualTo(group.get("Created"));
		assertThat(group.get("CreatedBy").asString()).isEqualTo("admin");
		assertThat(group.get("LastModifiedBy").asString()).isEqualTo("admin");
		assertThat(this.admin.get("/v1/usergroups/" + EDITORS).json()).isEqualTo(group);
	}

	@Test
	void recordsTheUserBehindTheCallersKeyAsCreator() {
		createUser("ann", "Ann", "Lee");
		ApiClient ann = this.admin.as(createKey("ann", true));

		ApiClient.Response response = ann.post("/v1/usergroups", "{\"Name\": \"Editors\"}");

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.json().get("CreatedBy").asString()).isEqualTo("ann");
		assertThat(response.json().get("LastModifiedBy").asString()).isEqualTo("ann");
	}

	@Test
	void choosesAUuidWhenNoneIsGivenAndTrimsTheName() {
		ApiClient.Response response = this.admin.post("/v1/usergroups", "{\"Name\": \"  Editors \"}");

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		String uid = response.json().get("Uid").asString();
		assertThat(UUID.fromString(uid).toString()).isEqualTo(uid);
		assertThat(this.admin.get("/v1/usergroups/" + uid).json().get("Name").asString()).isEqualTo("Editors");
	}

	@Test
	void listsAllGroupsInTheOrderTheyWereCreated() {
		String translators = createGroup("Translators");
		String editors = createGroup("Editors");

		ApiClient.Response response = this.admin.get("/v1/usergroups");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().valueStream().map((group) -> group.get("Uid").asString()))
			.containsExactly(translators, editors);
		assertThat(response.json().get(1)).isEqualTo(this.admin.get("/v1/usergroups/" + editors).json());
	}

	@Test
	void renamesGroupAndRecordsWhoChangedItLast() {
		JsonNode created = this.admin.post("/v1/usergroups", "{\"Uid\": \"" + EDITORS + "\", \"Name\": \"Editors\"}")
			.json();
		createUser("ann", "Ann", "Lee");
		ApiClient ann = this.admin.as(createKey("ann", true));

		ApiClient.Response response = ann.put("/v1/usergroups", "{\"Uid\": \"" + EDITORS + "\", \"Name\": \"Copy\"}");

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.body()).isEmpty();
		JsonNode renamed = this.admin.get("/v1/usergroups/" + EDITORS).json();
		assertThat(renamed.get("Name").asString()).isEqualTo("Copy");
		assertThat(renamed.get("Created")).isEqualTo(created.get("Created"));
		assertThat(renamed.get("CreatedBy").asString()).isEqualTo("admin");
		assertThat(renamed.get("LastModifiedBy").asString()).isEqualTo("ann");
		assertThat(OffsetDateTime.parse(renamed.get("LastModified").asString()))
			.isAfter(OffsetDateTime.parse(created.get("LastModified").asString()));
	}

	@Test
	void deletesGroup() {
		String editors = createGroup("Editors");

		ApiClient.Response response = this.admin.delete("/v1/usergroups/" + editors);

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertProblem(this.admin.get("/v1/usergroups/" + editors), 404, "not-found");
		assertThat(this.admin.get("/v1/usergroups").json().isEmpty()).isTrue();
	}

	@Test
	void answers404ForAnUnknownGroup() {
		ApiClient.Response response = this.admin.get("/v1/usergroups/" + EDITORS);

		assertThat(assertProblem(response, 404, "not-found").get("detail").asString()).contains(EDITORS);
	}

	@Test
	void answers404WhenRenamingAnUnknownGroup() {
		ApiClient.Response response = this.admin.put("/v1/usergroups",
				"{\"Uid\": \"" + EDITORS + "\", \"Name\": \"Editors\"}");

		assertProblem(response, 404, "not-found");
		assertThat(this.admin.get("/v1/usergroups").json().isEmpty()).isTrue();
	}

	@Test
	void answers404WhenDeletingAnUnknownGroup() {
		ApiClient.Response response = this.admin.delete("/v1/usergroups/" + EDITORS);

		assertProblem(response, 404, "not-found");
	}

	@Test
	void answers409WhenTheUidIsTaken() {
		this.admin.post("/v1/usergroups", "{\"Uid\": \"" + EDITORS + "\", \"Name\": \"Editors\"}");

		ApiClient.Response response = this.admin.post("/v1/usergroups",
				"{\"Uid\": \"" + EDITORS + "\", \"Name\": \"Translators\"}");

		assertProblem(response, 409, "already-exists");
		assertThat(this.admin.get("/v1/usergroups/" + EDITORS).json().get("Name").asString()).isEqualTo("Editors");
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@MethodSource("invalidNewGroups")
	void answers400NamingTheInvalidFieldAndCreatesNothing(String body, String field) {
		ApiClient.Response response = this.admin.post("/v1/usergroups", body);

		assertThat(fieldsInError(response)).containsExactly(field);
		assertThat(this.admin.get("/v1/usergroups").json().isEmpty()).isTrue();
	}

	static Stream<Arguments> invalidNewGroups() {
		return Stream.of(Arguments.of("{}", "Name"), Arguments.of("{\"Name\": \"   \"}", "Name"),
				Arguments.of("{\"Name\": \"" + "n".repeat(201) + "\"}", "Name"),
				Arguments.of("{\"Uid\": \"editors\", \"Name\": \"Editors\"}", "Uid"));
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@MethodSource("invalidRenames")
	void answers400NamingTheInvalidFieldAndRenamesNothing(String body, String field) {
		this.admin.post("/v1/usergroups", "{\"Uid\": \"" + EDITORS + "\", \"Name\": \"Editors\"}");

		ApiClient.Response response = this.admin.put("/v1/usergroups", body);

		assertThat(fieldsInError(response)).containsExactly(field);
		assertThat(this.admin.get("/v1/usergroups/" + EDITORS).json().get("Name").asString()).isEqualTo("Editors");
	}

	static Stream<Arguments> invalidRenames() {
		return Stream.of(Arguments.of("{\"Name\": \"Copy\"}", "Uid"),
				Arguments.of("{\"Uid\": \"" + EDITORS + "\", \"Name\": \"\"}", "Name"),
				Arguments.of("{\"Uid\": \"" + EDITORS + "\", \"Name\": \"" + "n".repeat(201) + "\"}", "Name"));
	}

	@Test
	void acceptsANameOf200Characters() {
		ApiClient.Response response = this.admin.post("/v1/usergroups", "{\"Name\": \"" + "n".repeat(200) + "\"}");

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.json().get("Name").asString()).hasSize(200);
	}

}

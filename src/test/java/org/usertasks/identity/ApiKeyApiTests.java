package org.usertasks.identity;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.usertasks.ApiClient;
import org.usertasks.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.usertasks.identity.ProblemAssert.assertProblem;
import static org.usertasks.identity.ProblemAssert.fieldsInError;

/**
 * {@code /v1/apikeys} over real HTTP: a key is shown once and works at once, stops at
 * once when revoked or when its user is disabled, and the service never gives up its last
 * working admin key.
 */
class ApiKeyApiTests extends ApiTestSupport {

	@Autowired
	private ApiKeyService keys;

	/**
	 * Some tests take the bootstrap key away on purpose, and a wrong answer may take it
	 * away by accident; either way the next test starts with it working again.
	 */
	@AfterEach
	void giveBackTheBootstrapAdminKey() {
		if (this.keys.authenticate(ADMIN_KEY).isEmpty()) {
			this.jdbc.sql("update app_user set status = :active where uid = :admin")
				.param("active", UserStatus.Active.code())
				.param("admin", AdminBootstrap.ADMIN_USER_ID)
				.update();
			if (!this.keys.isKnown(ADMIN_KEY)) {
				this.keys.issue(AdminBootstrap.ADMIN_USER_ID, "bootstrap", true, ADMIN_KEY);
			}
		}
	}

	@Test
	void issuesKeyAndAnswersItOnceInFull() {
		createUser("ann", "Ann", "Lee");

		ApiClient.Response response = this.admin.post("/v1/apikeys",
				"{\"UserId\": \"ann\", \"Name\": \"CI\", \"Admin\": false}");

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		JsonNode key = response.json();
		assertThat(key.propertyNames()).containsExactly("Uid", "Key", "UserId", "Name", "Admin", "Created");
		assertThat(UUID.fromString(key.get("Uid").asString()).toString()).isEqualTo(key.get("Uid").asString());
		assertThat(key.get("Key").asString()).hasSizeGreaterThanOrEqualTo(32);
		assertThat(key.get("UserId").asString()).isEqualTo("ann");
		assertThat(key.get("Name").asString()).isEqualTo("CI");
		assertThat(key.get("Admin").isBoolean()).isTrue();
		assertThat(key.get("Admin").asBoolean()).isFalse();
		assertThat(key.get("Created").asString())
			.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{7}[+-]\\d{2}:\\d{2}");
	}

	@Test
	void issuesADifferentSecretEachTime() {
		createUser("ann", "Ann", "Lee");

		String first = createKey("ann", false);
		String second = createKey("ann", false);

		assertThat(first).isNotEqualTo(second);
	}

	@Test
	void newKeyWorksAtOnceAsTheRawAuthorizationHeader() {
		createUser("ann", "Ann", "Lee");
		String key = createKey("ann", false);

		ApiClient.Response response = this.admin.as(key).get("/v1/users/ann");

		assertThat(response.status()).as(response.body()).isEqualTo(200);
	}

	@Test
	void newKeyWorksAlsoAsABearerToken() {
		createUser("ann", "Ann", "Lee");
		String key = createKey("ann", false);

		ApiClient.Response bearer = this.admin.as("Bearer " + key).get("/v1/users");
		ApiClient.Response lowerCase = this.admin.as("bearer " + key).get("/v1/users");

		assertThat(bearer.status()).as(bearer.body()).isEqualTo(200);
		assertThat(lowerCase.status()).as(lowerCase.body()).isEqualTo(200);
	}

	@Test
	void keyWithoutAdminIsNotAnAdminKey() {
		createUser("ann", "Ann", "Lee");

		ApiClient.Response response = this.admin.post("/v1/apikeys", "{\"UserId\": \"ann\"}");

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.json().get("Admin").asBoolean()).isFalse();
		assertThat(response.json().get("Name").isNull()).isTrue();
		assertProblem(this.admin.as(response.json().get("Key").asString()).get("/v1/apikeys"), 403, "forbidden");
	}

	@Test
	void adminKeyMayManageKeys() {
		createUser("ann", "Ann", "Lee");
		ApiClient ann = this.admin.as(createKey("ann", true));

		ApiClient.Response response = ann.post("/v1/apikeys", "{\"UserId\": \"ann\", \"Name\": \"second\"}");

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(ann.get("/v1/apikeys").status()).isEqualTo(200);
	}

	@Test
	void listsKeysWithoutEverShowingASecret() {
		createUser("ann", "Ann", "Lee");
		String annKey = createKey("ann", false);

		ApiClient.Response response = this.admin.get("/v1/apikeys");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().size()).isEqualTo(2);
		response.json()
			.forEach((key) -> assertThat(key.propertyNames()).containsExactly("Uid", "UserId", "Name", "Admin",
					"Created"));
		assertThat(response.body()).doesNotContain(annKey, ApiKeyService.hash(annKey), ADMIN_KEY,
				ApiKeyService.hash(ADMIN_KEY));
	}

	@Test
	void listsTheBootstrapKeyAsTheAdminsAdminKey() {
		ApiClient.Response response = this.admin.get("/v1/apikeys");

		assertThat(response.json().size()).isEqualTo(1);
		JsonNode bootstrap = response.json().get(0);
		assertThat(bootstrap.get("UserId").asString()).isEqualTo("admin");
		assertThat(bootstrap.get("Name").asString()).isEqualTo("bootstrap");
		assertThat(bootstrap.get("Admin").asBoolean()).isTrue();
	}

	@Test
	void revokedKeyStopsWorkingAtOnce() {
		createUser("ann", "Ann", "Lee");
		JsonNode issued = this.admin.post("/v1/apikeys", "{\"UserId\": \"ann\"}").json();
		ApiClient ann = this.admin.as(issued.get("Key").asString());

		ApiClient.Response response = this.admin.delete("/v1/apikeys/" + issued.get("Uid").asString());

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertProblem(ann.get("/v1/users"), 401, "unauthorized");
		assertThat(keyUids()).doesNotContain(issued.get("Uid").asString());
	}

	@Test
	void answers404WhenRevokingAnUnknownKey() {
		ApiClient.Response response = this.admin.delete("/v1/apikeys/" + UUID.randomUUID());

		assertProblem(response, 404, "not-found");
	}

	@Test
	void answers400NamingUserIdForAnUnknownUser() {
		ApiClient.Response response = this.admin.post("/v1/apikeys", "{\"UserId\": \"nobody\", \"Admin\": true}");

		assertThat(fieldsInError(response)).containsExactly("UserId");
		assertThat(keyUids()).hasSize(1);
	}

	@Test
	void answers400NamingUserIdWhenItIsLeftOut() {
		ApiClient.Response response = this.admin.post("/v1/apikeys", "{\"Name\": \"CI\"}");

		assertThat(fieldsInError(response)).containsExactly("UserId");
		assertThat(keyUids()).hasSize(1);
	}

	@Test
	void keyOfADisabledUserStopsWorkingUntilTheUserIsEnabledAgain() {
		createUser("ann", "Ann", "Lee");
		ApiClient ann = this.admin.as(createKey("ann", false));

		this.admin.put("/v1/users", "{\"Uid\": \"ann\", \"Status\": 2}");
		ApiClient.Response whileDisabled = ann.get("/v1/users");
		this.admin.put("/v1/users", "{\"Uid\": \"ann\", \"Status\": 1}");
		ApiClient.Response afterEnabled = ann.get("/v1/users");

		assertProblem(whileDisabled, 401, "unauthorized");
		assertThat(afterEnabled.status()).isEqualTo(200);
	}

	@Test
	void keyOfAnInvitedUserWorks() {
		this.admin.post("/v1/users", "{\"Uid\": \"ann\", \"Status\": 0}");
		ApiClient ann = this.admin.as(createKey("ann", false));

		ApiClient.Response response = ann.get("/v1/users");

		assertThat(response.status()).as(response.body()).isEqualTo(200);
	}

	@Test
	void deletingAUserRevokesTheirKeys() {
		createUser("ann", "Ann", "Lee");
		ApiClient ann = this.admin.as(createKey("ann", false));

		this.admin.delete("/v1/users/ann");

		assertProblem(ann.get("/v1/users"), 401, "unauthorized");
		assertThat(keyUids()).hasSize(1);
	}

	@Test
	void answers409AndKeepsTheKeyWhenRevokingTheLastWorkingAdminKey() {
		String bootstrap = keyUids().get(0);

		ApiClient.Response response = this.admin.delete("/v1/apikeys/" + bootstrap);

		assertProblem(response, 409, "conflict");
		assertThat(keyUids()).containsExactly(bootstrap);
	}

	@Test
	void answers409WhenTheOnlyOtherAdminKeysBelongToDisabledUsers() {
		String bootstrap = keyUids().get(0);
		createUser("ann", "Ann", "Lee");
		createKey("ann", true);
		this.admin.put("/v1/users", "{\"Uid\": \"ann\", \"Status\": 2}");

		ApiClient.Response response = this.admin.delete("/v1/apikeys/" + bootstrap);

		assertProblem(response, 409, "conflict");
		assertThat(this.admin.get("/v1/apikeys").status()).isEqualTo(200);
	}

	@Test
	void revokesTheBootstrapKeyWhenAnotherAdminKeyWorks() {
		String bootstrap = keyUids().get(0);
		createUser("ann", "Ann", "Lee");
		ApiClient ann = this.admin.as(createKey("ann", true));

		ApiClient.Response response = ann.delete("/v1/apikeys/" + bootstrap);

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertProblem(this.admin.get("/v1/users"), 401, "unauthorized");
		assertThat(ann.get("/v1/apikeys").status()).isEqualTo(200);
	}

	@Test
	void revokesAnAdminKeyWhileTheBootstrapKeyWorks() {
		createUser("ann", "Ann", "Lee");
		JsonNode issued = this.admin.post("/v1/apikeys", "{\"UserId\": \"ann\", \"Admin\": true}").json();

		ApiClient.Response response = this.admin.delete("/v1/apikeys/" + issued.get("Uid").asString());

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(keyUids()).hasSize(1);
	}

	@Test
	void answers409AndChangesNothingWhenDisablingTheUserWithTheLastAdminKey() {
		ApiClient.Response response = this.admin.put("/v1/users",
				"{\"Uid\": \"admin\", \"Firstname\": \"Changed\", \"Status\": 2, \"Roles\": [\"Admin\"]}");

		assertProblem(response, 409, "conflict");
		ApiClient.Response afterwards = this.admin.get("/v1/users/admin");
		assertThat(afterwards.status()).as("the admin key still works").isEqualTo(200);
		JsonNode admin = afterwards.json();
		assertThat(admin.get("Status").asInt()).isEqualTo(1);
		assertThat(admin.get("Firstname").asString()).isEqualTo("Admin");
	}

	@Test
	void answers409AndKeepsTheUserWhenDeletingTheUserWithTheLastAdminKey() {
		ApiClient.Response response = this.admin.delete("/v1/users/admin");

		assertProblem(response, 409, "conflict");
		assertThat(this.admin.get("/v1/users/admin").status()).isEqualTo(200);
		assertThat(keyUids()).hasSize(1);
	}

	@Test
	void disablesAndDeletesUsersWithAdminKeysWhileTheBootstrapKeyWorks() {
		createUser("ann", "Ann", "Lee");
		createKey("ann", true);
		createUser("bo", "Bo", "Berg");
		createKey("bo", true);

		ApiClient.Response disabled = this.admin.put("/v1/users", "{\"Uid\": \"ann\", \"Status\": 2}");
		ApiClient.Response deleted = this.admin.delete("/v1/users/bo");

		assertThat(disabled.status()).as(disabled.body()).isEqualTo(200);
		assertThat(deleted.status()).as(deleted.body()).isEqualTo(200);
	}

	private List<String> keyUids() {
		return this.admin.get("/v1/apikeys").json().valueStream().map((key) -> key.get("Uid").asString()).toList();
	}

}

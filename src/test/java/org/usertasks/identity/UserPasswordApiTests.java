package org.usertasks.identity;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.usertasks.ApiClient;
import org.usertasks.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.usertasks.identity.ProblemAssert.assertProblem;
import static org.usertasks.identity.ProblemAssert.fieldsInError;

/**
 * Web sign-in managed through the API: admins set or remove a user's password and create
 * invite links; other keys may not.
 */
class UserPasswordApiTests extends ApiTestSupport {

	@Test
	void setsAPasswordWith204() {
		createUser("ann", "Ann", "Lee");

		ApiClient.Response response = this.admin.put("/v1/users/ann/password", "{\"Password\": \"a long password\"}");

		assertThat(response.status()).as(response.body()).isEqualTo(204);
		assertThat(response.body()).isEmpty();
		assertThat(hasPassword("ann")).isTrue();
	}

	@Test
	void refusesATooShortPasswordNamingPassword() {
		createUser("ann", "Ann", "Lee");

		ApiClient.Response response = this.admin.put("/v1/users/ann/password", "{\"Password\": \"short\"}");

		assertThat(fieldsInError(response)).containsExactly("Password");
		assertThat(hasPassword("ann")).isFalse();
	}

	@Test
	void refusesAMissingPasswordNamingPassword() {
		createUser("ann", "Ann", "Lee");

		assertThat(fieldsInError(this.admin.put("/v1/users/ann/password", "{}"))).containsExactly("Password");
	}

	@Test
	void removesAPasswordWith204() {
		createUser("ann", "Ann", "Lee");
		this.admin.put("/v1/users/ann/password", "{\"Password\": \"a long password\"}");

		ApiClient.Response response = this.admin.delete("/v1/users/ann/password");

		assertThat(response.status()).as(response.body()).isEqualTo(204);
		assertThat(hasPassword("ann")).isFalse();
	}

	@Test
	void createsAnInviteLinkWith201() {
		createUser("ann", "Ann", "Lee");

		ApiClient.Response response = this.admin.post("/v1/users/ann/invite", "");

		assertThat(response.status()).as(response.body()).isEqualTo(201);
		JsonNode invite = response.json();
		assertThat(invite.propertyNames()).containsExactly("UserId", "Url", "Expires");
		assertThat(invite.get("UserId").asString()).isEqualTo("ann");
		assertThat(invite.get("Url").asString()).startsWith("http://localhost:" + this.port + "/invite/");
		assertThat(OffsetDateTime.parse(invite.get("Expires").asString())).isAfter(OffsetDateTime.now());
		ApiClient.Response page = this.admin.as(null)
			.get(invite.get("Url").asString().substring(("http://localhost:" + this.port).length()));
		assertThat(page.body()).contains("Choose your password");
	}

	@Test
	void answers404ForAnUnknownUser() {
		assertProblem(this.admin.put("/v1/users/nobody/password", "{\"Password\": \"a long password\"}"), 404,
				"not-found");
		assertProblem(this.admin.delete("/v1/users/nobody/password"), 404, "not-found");
		assertProblem(this.admin.post("/v1/users/nobody/invite", ""), 404, "not-found");
	}

	@Test
	void refusesKeysThatAreNotAdminKeys() {
		createUser("ann", "Ann", "Lee");
		ApiClient ann = this.admin.as(createKey("ann", false));

		assertProblem(ann.put("/v1/users/ann/password", "{\"Password\": \"a long password\"}"), 403, "forbidden");
		assertProblem(ann.delete("/v1/users/ann/password"), 403, "forbidden");
		assertProblem(ann.post("/v1/users/ann/invite", ""), 403, "forbidden");
	}

	private boolean hasPassword(String uid) {
		return this.jdbc.sql("select count(*) from user_credential where user_uid = :uid")
			.param("uid", uid)
			.query(Long.class)
			.single() > 0;
	}

}

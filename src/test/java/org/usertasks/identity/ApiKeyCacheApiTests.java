package org.usertasks.identity;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.usertasks.ApiClient;
import org.usertasks.ApiTestSupport;
import org.usertasks.system.ApiProperties;
import org.usertasks.task.SettableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.usertasks.identity.ProblemAssert.assertProblem;

/**
 * A key that worked is answered from memory on the next requests, yet every change made
 * through this instance applies to the very next request; a change written straight into
 * the database, as another instance would, applies once
 * {@code usertasks.api.key-cache-ttl} has passed on the clock.
 */
@Import(SettableClock.Configuration.class)
class ApiKeyCacheApiTests extends ApiTestSupport {

	@Autowired
	private SettableClock clock;

	@Autowired
	private ApiProperties properties;

	@BeforeEach
	void setTheClockToTheStart() {
		this.clock.set(SettableClock.START);
	}

	@Test
	void revokedKeyIsRefusedOnTheNextRequestThoughItWasJustUsed() {
		createUser("ann", "Ann", "Lee");
		ApiClient.Response issued = this.admin.post("/v1/apikeys", "{\"UserId\": \"ann\"}");
		ApiClient ann = this.admin.as(issued.json().get("Key").asString());
		ApiClient.Response beforeRevoking = ann.get("/v1/users/ann");

		this.admin.delete("/v1/apikeys/" + issued.json().get("Uid").asString());

		assertThat(beforeRevoking.status()).as(beforeRevoking.body()).isEqualTo(200);
		assertProblem(ann.get("/v1/users/ann"), 401, "unauthorized");
	}

	@Test
	void keyOfADisabledUserIsRefusedOnTheNextRequestThoughItWasJustUsed() {
		createUser("ann", "Ann", "Lee");
		ApiClient ann = this.admin.as(createKey("ann", false));
		ApiClient.Response beforeDisabling = ann.get("/v1/users/ann");

		this.admin.put("/v1/users", "{\"Uid\": \"ann\", \"Status\": 2}");

		assertThat(beforeDisabling.status()).as(beforeDisabling.body()).isEqualTo(200);
		assertProblem(ann.get("/v1/users/ann"), 401, "unauthorized");
	}

	@Test
	void keyOfADeletedUserIsRefusedOnTheNextRequestThoughItWasJustUsed() {
		createUser("ann", "Ann", "Lee");
		ApiClient ann = this.admin.as(createKey("ann", false));
		ApiClient.Response beforeDeleting = ann.get("/v1/users/ann");

		this.admin.delete("/v1/users/ann");

		assertThat(beforeDeleting.status()).as(beforeDeleting.body()).isEqualTo(200);
		assertProblem(ann.get("/v1/users"), 401, "unauthorized");
	}

	@Test
	void userAddedToAGroupFindsItsTasksInTheInboxAtOnce() {
		String translators = createGroup("Translators");
		createUser("ann", "Ann", "Lee");
		ApiClient ann = this.admin.as(createKey("ann", false));
		String task = createTaskFor(translators);
		List<String> beforeJoining = inbox(ann);

		this.admin.put("/v1/users",
				"{\"Uid\": \"ann\", \"Firstname\": \"Ann\", \"UserGroups\": [\"" + translators + "\"]}");

		assertThat(beforeJoining).isEmpty();
		assertThat(inbox(ann)).containsExactly(task);
	}

	@Test
	void userTakenOutOfAGroupNoLongerFindsItsTasksInTheInbox() {
		String translators = createGroup("Translators");
		createUser("ann", "Ann", "Lee", translators);
		ApiClient ann = this.admin.as(createKey("ann", false));
		String task = createTaskFor(translators);
		List<String> beforeLeaving = inbox(ann);

		this.admin.put("/v1/users", "{\"Uid\": \"ann\", \"Firstname\": \"Ann\", \"UserGroups\": []}");

		assertThat(beforeLeaving).containsExactly(task);
		assertThat(inbox(ann)).isEmpty();
	}

	@Test
	void keyRevokedByAnotherInstanceWorksHereUntilTheTtlHasPassed() {
		createUser("ann", "Ann", "Lee");
		String key = createKey("ann", false);
		ApiClient ann = this.admin.as(key);
		ApiClient.Response beforeRevoking = ann.get("/v1/users/ann");
		Duration ttl = this.properties.keyCacheTtl();

		revokeInTheDatabase(key);
		this.clock.advance(ttl.dividedBy(2));
		ApiClient.Response withinTheTtl = ann.get("/v1/users/ann");
		this.clock.advance(ttl.dividedBy(2).plusSeconds(1));
		ApiClient.Response afterTheTtl = ann.get("/v1/users/ann");

		assertThat(beforeRevoking.status()).as(beforeRevoking.body()).isEqualTo(200);
		assertThat(withinTheTtl.status()).as("answered from the cache, without a query").isEqualTo(200);
		assertProblem(afterTheTtl, 401, "unauthorized");
	}

	@Test
	void userDisabledByAnotherInstanceIsRefusedHereOnceTheTtlHasPassed() {
		createUser("ann", "Ann", "Lee");
		ApiClient ann = this.admin.as(createKey("ann", false));
		ApiClient.Response beforeDisabling = ann.get("/v1/users/ann");

		this.jdbc.sql("update app_user set status = :disabled where uid = 'ann'")
			.param("disabled", UserStatus.Disabled.code())
			.update();
		this.clock.advance(this.properties.keyCacheTtl().plusSeconds(1));

		assertThat(beforeDisabling.status()).as(beforeDisabling.body()).isEqualTo(200);
		assertProblem(ann.get("/v1/users/ann"), 401, "unauthorized");
	}

	/** As another instance sharing the database would revoke it: this one is not told. */
	private void revokeInTheDatabase(String key) {
		int deleted = this.jdbc.sql("delete from api_key where key_hash = :hash")
			.param("hash", ApiKeyService.hash(key))
			.update();
		assertThat(deleted).isEqualTo(1);
	}

	private String createTaskFor(String groupUid) {
		String uid = UUID.randomUUID().toString();
		ApiClient.Response response = this.admin.post("/v1/usertasks",
				"{\"Uid\": \"" + uid + "\", \"Title\": \"Translate\", \"AssignedUserGroups\": [\"" + groupUid + "\"]}");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return uid;
	}

	private static List<String> inbox(ApiClient client) {
		ApiClient.Response response = client.get("/v1/usertasks?inbox=me");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json().get("UserTasks").valueStream().map((task) -> task.get("Uid").asString()).toList();
	}

}

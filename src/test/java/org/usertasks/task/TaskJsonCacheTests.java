package org.usertasks.task;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.usertasks.ApiClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GET of one task answers the JSON kept for the task's current version: a change shows at
 * once, whether made here, by another instance, or by deleting a user or group it was
 * assigned to.
 */
class TaskJsonCacheTests extends TaskApiTestSupport {

	@Test
	void aRepeatedReadAnswersTheSameJsonAndETag() {
		String uid = createTask("Images");

		ApiClient.Response first = this.admin.get("/v1/usertasks/" + uid);
		ApiClient.Response second = this.admin.get("/v1/usertasks/" + uid);

		assertThat(second.status()).isEqualTo(200);
		assertThat(second.body()).isEqualTo(first.body());
		assertThat(second.header("ETag")).isEqualTo(first.header("ETag"));
		assertThat(second.contentType()).isEqualTo(first.contentType()).hasValue("application/json");
	}

	@Test
	void aChangeMadeHereShowsAtOnce() {
		String uid = createTask("Images");
		String before = task(uid).get("Title").asString();

		putTask("{\"Uid\": \"" + uid + "\", \"Title\": \"Better images\"}");

		assertThat(before).isEqualTo("Images");
		assertThat(task(uid).get("Title").asString()).isEqualTo("Better images");
	}

	@Test
	void aChangeWrittenByAnotherInstanceShowsAtOnce() {
		String uid = createTask("Images");
		String etag = etag(uid);

		// What another instance's change leaves in the shared database.
		this.jdbc.sql("update user_task set title = 'Changed elsewhere', version = version + 1 where uid = :uid")
			.param("uid", UUID.fromString(uid))
			.update();

		assertThat(task(uid).get("Title").asString()).isEqualTo("Changed elsewhere");
		assertThat(etag(uid)).isNotEqualTo(etag);
	}

	@Test
	void aTaskDeletedAndMadeAgainWithItsUidShowsAsMadeAgain() {
		String uid = UUID.randomUUID().toString();
		postTask("{\"Uid\": \"" + uid + "\", \"Title\": \"Images\"}");
		task(uid);

		// Another instance deletes it; a moment later it is made again, at version 1
		// again.
		this.jdbc.sql("delete from user_task where uid = :uid").param("uid", UUID.fromString(uid)).update();
		this.clock.advance(Duration.ofSeconds(1));
		postTask("{\"Uid\": \"" + uid + "\", \"Title\": \"Other images\"}");

		assertThat(task(uid).get("Title").asString()).isEqualTo("Other images");
	}

	@Test
	void aTaskDeletedHereAndMadeAgainAtOnceShowsAsMadeAgain() {
		String uid = UUID.randomUUID().toString();
		postTask("{\"Uid\": \"" + uid + "\", \"Title\": \"Images\"}");
		task(uid);

		assertThat(this.admin.delete("/v1/usertasks/" + uid).status()).isEqualTo(200);
		postTask("{\"Uid\": \"" + uid + "\", \"Title\": \"Other images\"}");

		assertThat(task(uid).get("Title").asString()).isEqualTo("Other images");
	}

	@Test
	void deletingAnAssignedUserChangesTheTaskAndItsETag() {
		createUsers("5", "10");
		String uid = UUID.randomUUID().toString();
		postTask("{\"Uid\": \"" + uid + "\", \"Title\": \"Images\", \"AssignedUsers\": [\"5\", \"10\"]}");
		String etag = etag(uid);

		assertThat(this.admin.delete("/v1/users/10").status()).isEqualTo(200);

		assertThat(task(uid).get("AssignedUsers").valueStream().map((user) -> user.asString())).containsExactly("5");
		assertThat(etag(uid)).isNotEqualTo(etag);
	}

	@Test
	void deletingAnAssignedGroupChangesTheTaskAndItsETag() {
		String group = createGroup("Editors");
		String uid = UUID.randomUUID().toString();
		postTask("{\"Uid\": \"" + uid + "\", \"Title\": \"Images\", \"AssignedUserGroups\": [\"" + group + "\"]}");
		String etag = etag(uid);

		assertThat(this.admin.delete("/v1/usergroups/" + group).status()).isEqualTo(200);

		assertThat(task(uid).get("AssignedUserGroups")).isEmpty();
		assertThat(etag(uid)).isNotEqualTo(etag);
	}

	@Test
	void aClientThatAcceptsOnlyTextJsonGetsTextJson() {
		String uid = createTask("Images");
		task(uid);

		ApiClient.Response response = this.admin
			.send(this.admin.request("/v1/usertasks/" + uid).setHeader("Accept", "text/json").GET());

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.contentType()).hasValue("text/json");
		assertThat(response.json().get("Title").asString()).isEqualTo("Images");
	}

}

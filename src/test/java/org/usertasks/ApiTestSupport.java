package org.usertasks;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.usertasks.task.TaskJsonCache;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the end-to-end tests: the whole service on a random port, called over real HTTP
 * with the bootstrap admin key. Every test starts with no tasks, groups or users but the
 * bootstrap admin. A subclass annotated for PostgreSQL runs the same tests there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ApiTestSupport {

	/** The bootstrap admin key of the test configuration. */
	protected static final String ADMIN_KEY = "test-admin-key";

	@LocalServerPort
	protected int port;

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	private TaskJsonCache taskJson;

	protected ApiClient admin;

	@BeforeEach
	void startFromAnEmptyStore() {
		this.jdbc.sql("delete from user_task").update();
		this.jdbc.sql("delete from user_group").update();
		this.jdbc.sql("delete from api_key where user_uid <> 'admin'").update();
		this.jdbc.sql("delete from app_user where uid <> 'admin'").update();
		// The rows went without the application: tasks made again with the same Uid at
		// the
		// same test-clock time must not be answered from the previous test's JSON.
		this.taskJson.clear();
		this.admin = ApiClient.onPort(this.port, ADMIN_KEY);
	}

	/** Creates a user and answers its uid. */
	protected String createUser(String uid, String firstname, String lastname, String... groupUids) {
		StringBuilder groups = new StringBuilder();
		for (String group : groupUids) {
			groups.append(groups.isEmpty() ? "" : ",").append('"').append(group).append('"');
		}
		ApiClient.Response response = this.admin.post("/v1/users", """
				{"Uid": "%s", "Email": "%s@example.com", "Firstname": "%s", "Lastname": "%s", "UserGroups": [%s]}"""
			.formatted(uid, uid, firstname, lastname, groups));
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return uid;
	}

	/** Creates a group and answers its uid. */
	protected String createGroup(String name) {
		ApiClient.Response response = this.admin.post("/v1/usergroups", "{\"Name\": \"" + name + "\"}");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json().get("Uid").asString();
	}

	/** Issues an API key for a user and answers the key itself. */
	protected String createKey(String userId, boolean admin) {
		ApiClient.Response response = this.admin.post("/v1/apikeys",
				"{\"UserId\": \"" + userId + "\", \"Name\": \"test\", \"Admin\": " + admin + "}");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json().get("Key").asString();
	}

	/** Creates a task with a title and answers its uid. */
	protected String createTask(String title) {
		String uid = UUID.randomUUID().toString();
		ApiClient.Response response = this.admin.post("/v1/usertasks",
				"{\"Uid\": \"" + uid + "\", \"Title\": \"" + title + "\"}");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return uid;
	}

}

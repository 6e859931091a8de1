package org.usertasks.task;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.usertasks.ApiClient;
import org.usertasks.ApiTestSupport;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the end-to-end tests of tasks and comments: the whole service over real HTTP,
 * with a clock the test sets. The subclasses share one Spring context (and their
 * PostgreSQL variants another one).
 */
@Import(SettableClock.Configuration.class)
public abstract class TaskApiTestSupport extends ApiTestSupport {

	/** The content type of Struct's own request samples. */
	protected static final String JSON_PATCH = "application/json-patch+json";

	@Autowired
	protected SettableClock clock;

	@BeforeEach
	void setTheClockToTheStart() {
		this.clock.set(SettableClock.START);
	}

	/** A user with a (non-admin) API key of their own, as a Struct client calls. */
	protected ApiClient clientOf(String uid, String firstname, String lastname) {
		createUser(uid, firstname, lastname);
		return this.admin.as(createKey(uid, false));
	}

	/** Creates users with these uids (named "User {uid}"). */
	protected void createUsers(String... uids) {
		for (String uid : uids) {
			createUser(uid, "User", uid);
		}
	}

	/** Posts a task as the admin and checks Struct's answer: 200 with an empty body. */
	protected void postTask(String json) {
		ApiClient.Response response = this.admin.post("/v1/usertasks", json, JSON_PATCH);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.body()).isEmpty();
	}

	/** Puts a task as the admin and checks Struct's answer: 200 with an empty body. */
	protected void putTask(String json) {
		ApiClient.Response response = this.admin.put("/v1/usertasks", json, JSON_PATCH);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.body()).isEmpty();
	}

	/** The task as GET /v1/usertasks/{uid} answers it. */
	/**
	 * A task, list of tasks or page as Struct shows it: without the fields UserTasks adds
	 * after Struct's own ({@code LastModified}).
	 */
	protected static JsonNode structFields(JsonNode json) {
		JsonNode copy = json.deepCopy();
		copy.findParents("LastModified")
			.stream()
			.filter((node) -> node.has("AttachedEntities"))
			.forEach((node) -> ((tools.jackson.databind.node.ObjectNode) node).remove("LastModified"));
		return copy;
	}

	protected JsonNode task(String uid) {
		ApiClient.Response response = this.admin.get("/v1/usertasks/" + uid);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	/** How many tasks GET /v1/usertasks counts. */
	protected long total() {
		return this.admin.get("/v1/usertasks").json().get("Total").asLong();
	}

	/**
	 * Checks a problem detail: the status, {@code application/problem+json} and the
	 * stable type.
	 */
	protected static void assertProblem(ApiClient.Response response, int status, String type) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.contentType())
			.hasValueSatisfying((contentType) -> assertThat(contentType).startsWith("application/problem+json"));
		JsonNode problem = response.json();
		assertThat(problem.get("type").asString()).isEqualTo("/problems/" + type);
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("detail").asString()).isNotBlank();
	}

	/**
	 * Checks a 400 that names the field as the client sent it, with a message that says
	 * what is wrong.
	 */
	protected static void assertInvalid(ApiClient.Response response, String field, String messagePart) {
		assertProblem(response, 400, "invalid-request");
		assertThat(errors(response)).anySatisfy((error) -> {
			assertThat(error.get("field").asString()).isEqualTo(field);
			assertThat(error.get("message").asString()).contains(messagePart);
		});
	}

	/** The {@code errors} of a 400, each a {@code {field, message}} object. */
	protected static List<JsonNode> errors(ApiClient.Response response) {
		List<JsonNode> errors = new ArrayList<>();
		response.json().get("errors").values().forEach(errors::add);
		return errors;
	}

	/** The uids of a JSON array of tasks, in order. */
	protected static List<String> uids(JsonNode tasks) {
		List<String> uids = new ArrayList<>();
		tasks.values().forEach((task) -> uids.add(task.get("Uid").asString()));
		return uids;
	}

}

package org.usertasks.task;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

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

	/** The task as GET /v1/usertasks/{uid} answers it. */
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

	/** The strong ETag that GET /v1/usertasks/{uid} answers for the task as it is now. */
	protected String etag(String uid) {
		ApiClient.Response response = this.admin.get("/v1/usertasks/" + uid);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.header("ETag");
	}

	/**
	 * Sends a request with an If-Match header (none when null) and a JSON body (none when
	 * null).
	 */
	protected static ApiClient.Response send(ApiClient client, String method, String path, @Nullable String json,
			@Nullable String ifMatch) {
		HttpRequest.Builder request = client.request(path);
		if (ifMatch != null) {
			request.header("If-Match", ifMatch);
		}
		if (json != null) {
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(json));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		return client.send(request);
	}

	/**
	 * Runs the calls at the same moment, each on a thread of its own that a barrier
	 * releases together, and answers their results in the order of the calls.
	 */
	protected static <T> List<T> together(List<Callable<T>> calls) throws Exception {
		CyclicBarrier start = new CyclicBarrier(calls.size());
		ExecutorService threads = Executors.newFixedThreadPool(calls.size());
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (Callable<T> call : calls) {
				futures.add(threads.submit(() -> {
					start.await(10, TimeUnit.SECONDS);
					return call.call();
				}));
			}
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get(60, TimeUnit.SECONDS));
			}
			return results;
		}
		finally {
			threads.shutdownNow();
		}
	}

	/** The texts of the task's system-generated comments, oldest first. */
	protected List<String> systemComments(String uid) {
		return task(uid).get("Comments")
			.valueStream()
			.filter((comment) -> comment.get("IsSystemGenerated").asBoolean())
			.map((comment) -> comment.get("Comment").asString())
			.toList();
	}

	/** The task's activity trail as GET /v1/usertasks/{uid}/history answers it. */
	protected JsonNode history(String uid) {
		ApiClient.Response response = this.admin.get("/v1/usertasks/" + uid + "/history");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

}

package org.usertasks.system;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.usertasks.ApiClient;
import org.usertasks.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.usertasks.system.ProblemAssertions.assertProblem;

/**
 * Every error the service answers by itself, whether raised by our code, by Spring
 * Security or by Spring MVC, is an RFC 9457 problem with a stable {@code type}, never a
 * 500 and never Boot's older error format.
 */
class ProblemDetailsTests extends ApiTestSupport {

	private static final String TASKS = "/v1/usertasks";

	@Test
	void answers401WithoutAnApiKeyAndStartsNoSession() {
		ApiClient anonymous = this.admin.as(null);

		ApiClient.Response response = anonymous.get(TASKS);

		assertProblem(response, 401, "unauthorized", TASKS);
		assertThat(response.header("WWW-Authenticate")).isNotBlank();
		assertThat(response.header("Set-Cookie")).isNull();
	}

	@Test
	void answers401ForAnUnknownApiKey() {
		ApiClient stranger = this.admin.as("not-a-key");

		ApiClient.Response response = stranger.get(TASKS);

		assertProblem(response, 401, "unauthorized", TASKS);
		assertThat(response.header("WWW-Authenticate")).isNotBlank();
	}

	@Test
	void answers403WhenAUserKeyCallsAnAdminEndpoint() {
		createUser("7", "Ann", "Lee");
		ApiClient user = this.admin.as(createKey("7", false));

		ApiClient.Response response = user.post("/v1/users", "{\"Uid\": \"8\", \"Email\": \"b@example.com\"}");

		assertProblem(response, 403, "forbidden", "/v1/users");
	}

	@Test
	void answers403WhenAUserChangesSomebodyElsesComment() {
		createUser("7", "Ann", "Lee");
		ApiClient user = this.admin.as(createKey("7", false));
		String comments = TASKS + "/" + createTask("commented") + "/comments";
		String commentUid = UUID.randomUUID().toString();
		assertThat(this.admin.post(comments, "{\"Uid\": \"" + commentUid + "\", \"Comment\": \"mine\"}").status())
			.isEqualTo(200);

		ApiClient.Response response = user.put(comments,
				"{\"Uid\": \"" + commentUid + "\", \"Comment\": \"now mine\"}");

		assertProblem(response, 403, "forbidden", comments);
	}

	@Test
	void answers404ForAnUnknownTaskUid() {
		String path = TASKS + "/" + UUID.randomUUID();

		ApiClient.Response response = this.admin.get(path);

		assertProblem(response, 404, "not-found", path);
	}

	@Test
	void answers404ForAnUnknownPath() {
		String path = "/v1/nothing-here";

		ApiClient.Response response = this.admin.get(path);

		assertProblem(response, 404, "not-found", path);
	}

	@Test
	void answers405ForAMethodThePathDoesNotTake() {
		HttpRequest.Builder patch = this.admin.request(TASKS)
			.header("Content-Type", "application/json")
			.method("PATCH", HttpRequest.BodyPublishers.ofString("{}"));

		ApiClient.Response response = this.admin.send(patch);

		assertProblem(response, 405, "method-not-allowed", TASKS);
		assertThat(response.header("Allow")).contains("GET", "POST", "PUT");
	}

	@Test
	void answers406WhenTheClientAcceptsNoJson() {
		HttpRequest.Builder xmlOnly = this.admin.request(TASKS).setHeader("Accept", "application/xml").GET();

		ApiClient.Response response = this.admin.send(xmlOnly);

		assertProblem(response, 406, "not-acceptable", TASKS);
	}

	@Test
	void answers409WhenACreateNamesAnExistingUid() {
		String uid = createTask("first");

		ApiClient.Response response = this.admin.post(TASKS, "{\"Uid\": \"" + uid + "\", \"Title\": \"second\"}");

		assertProblem(response, 409, "already-exists", TASKS);
		assertThat(this.admin.get(TASKS + "/" + uid).json().get("Title").asString()).isEqualTo("first");
	}

	@Test
	void answers409WhenAChangeConflictsWithTheStateOfThings() {
		List<String> adminKeys = new ArrayList<>();
		for (JsonNode key : this.admin.get("/v1/apikeys").json()) {
			if (key.get("Admin").asBoolean()) {
				adminKeys.add(key.get("Uid").asString());
			}
		}
		assertThat(adminKeys).as("only the bootstrap admin key").hasSize(1);
		String path = "/v1/apikeys/" + adminKeys.get(0);

		ApiClient.Response response = this.admin.delete(path);

		assertProblem(response, 409, "conflict", path);
		assertThat(this.admin.get(TASKS).status()).as("the admin key still works").isEqualTo(200);
	}

	@Test
	void answers400AsAProblemForAUrlTheSecurityFirewallRejects() {
		String path = TASKS + ";jsessionid=0123";

		ApiClient.Response response = this.admin.get(path);

		assertProblem(response, 400, "invalid-request", path);
	}

	@Test
	void answers415ForABodyThatIsNotJson() {
		String text = "Please add images";

		ApiClient.Response response = this.admin.post(TASKS, text, "text/plain");

		assertProblem(response, 415, "unsupported-media-type", TASKS);
	}

}

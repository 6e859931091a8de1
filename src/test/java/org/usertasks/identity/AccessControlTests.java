package org.usertasks.identity;

import java.net.http.HttpRequest;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import org.usertasks.ApiClient;
import org.usertasks.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.usertasks.identity.ProblemAssert.assertProblem;

/**
 * Who may do what: every API call needs a working key, every key may read users and
 * groups, and only admin keys may change them or touch API keys.
 */
class AccessControlTests extends ApiTestSupport {

	/** What only admin keys may do: method, path and body ({group}, {key} filled in). */
	private static final String ADMINISTRATION = """
			POST   | /v1/users              | {"Uid": "new"}
			PUT    | /v1/users              | {"Uid": "reader", "Firstname": "Changed"}
			DELETE | /v1/users/reader       |
			POST   | /v1/usergroups         | {"Name": "New"}
			PUT    | /v1/usergroups         | {"Uid": "{group}", "Name": "Changed"}
			DELETE | /v1/usergroups/{group} |
			GET    | /v1/apikeys            |
			POST   | /v1/apikeys            | {"UserId": "reader", "Admin": true}
			DELETE | /v1/apikeys/{key}      |
			""";

	private ApiClient reader;

	private String group;

	private String readerKeyUid;

	@BeforeEach
	void createAReaderWithAnOrdinaryKey() {
		createUser("reader", "Rae", "Reed");
		JsonNode issued = this.admin.post("/v1/apikeys", "{\"UserId\": \"reader\", \"Admin\": false}").json();
		this.reader = this.admin.as(issued.get("Key").asString());
		this.readerKeyUid = issued.get("Uid").asString();
		this.group = createGroup("Readers");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/v1/users", "/v1/users/reader", "/v1/usergroups", "/v1/usertasks", "/v1/apikeys" })
	void answers401WithAChallengeAndNoSessionWhenTheKeyIsMissing(String path) {
		ApiClient.Response response = this.admin.as(null).get(path);

		JsonNode problem = assertProblem(response, 401, "unauthorized");
		assertThat(problem.get("detail").asString()).contains("Authorization");
		assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
		assertThat(response.header("Set-Cookie")).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   " })
	void answers401WhenTheAuthorizationHeaderIsBlank(String authorization) {
		ApiClient.Response response = this.admin.as(authorization).get("/v1/users");

		assertProblem(response, 401, "unauthorized");
		assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
	}

	@ParameterizedTest
	@ValueSource(strings = { "no-such-key", "Bearer no-such-key", "Bearer " })
	void answers401WithAChallengeAndNoSessionForAnUnknownKey(String authorization) {
		ApiClient.Response response = this.admin.as(authorization).get("/v1/users");

		assertProblem(response, 401, "unauthorized");
		assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
		assertThat(response.header("Set-Cookie")).isNull();
	}

	@Test
	void answers401ForARevokedKey() {
		this.admin.delete("/v1/apikeys/" + this.readerKeyUid);

		ApiClient.Response response = this.reader.get("/v1/users");

		assertProblem(response, 401, "unauthorized");
		assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
	}

	@Test
	void answersWithoutASessionCookieWhenTheKeyWorks() {
		ApiClient.Response response = this.admin.get("/v1/users");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("Set-Cookie")).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/v1/users", "/v1/users/reader", "/v1/usergroups", "/v1/usergroups/{group}" })
	void anyWorkingKeyMayReadUsersAndGroups(String path) {
		ApiClient.Response response = this.reader.get(path.replace("{group}", this.group));

		assertThat(response.status()).as(response.body()).isEqualTo(200);
	}

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource(delimiter = '|', textBlock = ADMINISTRATION)
	void answers403AndChangesNothingWhenAnOrdinaryKeyTriesToAdminister(String method, String path, String body) {
		String users = this.admin.get("/v1/users").body();
		String groups = this.admin.get("/v1/usergroups").body();
		String keys = this.admin.get("/v1/apikeys").body();

		ApiClient.Response response = this.reader.send(request(this.reader, method, path, body));

		JsonNode problem = assertProblem(response, 403, "forbidden");
		assertThat(problem.get("detail").asString()).contains("admin");
		assertThat(this.admin.get("/v1/users").body()).isEqualTo(users);
		assertThat(this.admin.get("/v1/usergroups").body()).isEqualTo(groups);
		assertThat(this.admin.get("/v1/apikeys").body()).isEqualTo(keys);
	}

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource(delimiter = '|', textBlock = ADMINISTRATION)
	void adminKeyMayAdministerEverything(String method, String path, String body) {
		ApiClient.Response response = this.admin.send(request(this.admin, method, path, body));

		assertThat(response.status()).as(response.body()).isEqualTo(200);
	}

	@Test
	void servesHealthAndProblemPagesWithoutAKey() {
		ApiClient anonymous = this.admin.as(null);

		List<Integer> statuses = List.of(anonymous.get("/actuator/health").status(),
				anonymous.get("/problems/forbidden").status());

		assertThat(statuses).containsOnly(200);
	}

	private HttpRequest.Builder request(ApiClient client, String method, String path, String body) {
		String resolvedPath = path.replace("{group}", this.group).replace("{key}", this.readerKeyUid);
		HttpRequest.BodyPublisher publisher = (body != null)
				? HttpRequest.BodyPublishers.ofString(body.replace("{group}", this.group))
				: HttpRequest.BodyPublishers.noBody();
		return client.request(resolvedPath).header("Content-Type", "application/json").method(method, publisher);
	}

}

package org.usertasks.identity;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.usertasks.system.InvalidRequestException;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.usertasks.identity.ApiKeySliceConfiguration.ADMIN_KEY;
import static org.usertasks.identity.ApiKeySliceConfiguration.USER_KEY;
import static org.usertasks.system.WebSliceAssertions.assertEmptyOk;
import static org.usertasks.system.WebSliceAssertions.assertInvalidRequest;
import static org.usertasks.system.WebSliceAssertions.assertJsonBody;
import static org.usertasks.system.WebSliceAssertions.assertProblem;

/**
 * {@code /v1/apikeys} on the web layer alone: the secret shown in the answer to a create
 * and never in a list, PascalCase in and out, the service's refusals as problem details,
 * and admin keys only. The key service is mocked, and also answers the key check of every
 * request here.
 */
@WebMvcTest(ApiKeyController.class)
@Import(ApiKeySliceConfiguration.class)
class ApiKeyControllerTests {

	private static final UUID KEY = UUID.fromString("6a1f0c2e-9b3d-4e5f-8a7b-1c2d3e4f5a6b");

	private static final ApiKey CI_KEY = new ApiKey(KEY, "ann", "ci", true,
			OffsetDateTime.parse("2023-01-02T14:57:05.1234567+02:00"));

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private ApiKeyService keys;

	@BeforeEach
	void letTheTestKeysAuthenticate() {
		ApiKeySliceConfiguration.answerTestKeys(this.keys);
	}

	// --- POST

	@Test
	void issuesKeyFromAPascalCaseBodyAndShowsItsSecretOnce() {
		given(this.keys.create("ann", "ci", true)).willReturn(new ApiKeyService.IssuedKey(CI_KEY, "ut_secret"));

		MvcTestResult result = call(HttpMethod.POST, ADMIN_KEY,
				"{\"UserId\": \"ann\", \"Name\": \"ci\", \"Admin\": true}");

		assertJsonBody(result, """
				{
				  "Uid": "6a1f0c2e-9b3d-4e5f-8a7b-1c2d3e4f5a6b",
				  "Key": "ut_secret",
				  "UserId": "ann",
				  "Name": "ci",
				  "Admin": true,
				  "Created": "2023-01-02T14:57:05.1234567+02:00"
				}""");
	}

	@Test
	void issuesAKeyThatIsNotAnAdminKeyWhenAdminIsLeftOut() {
		ApiKey plain = new ApiKey(KEY, "ann", null, false, OffsetDateTime.parse("2023-01-02T12:00:00Z"));
		given(this.keys.create(any(), any(), anyBoolean())).willReturn(new ApiKeyService.IssuedKey(plain, "ut_s"));

		MvcTestResult result = call(HttpMethod.POST, ADMIN_KEY, "{\"UserId\": \"ann\"}");

		assertJsonBody(result, """
				{"Uid": "6a1f0c2e-9b3d-4e5f-8a7b-1c2d3e4f5a6b", "Key": "ut_s", "UserId": "ann", "Name": null,
				 "Admin": false, "Created": "2023-01-02T12:00:00.0000000+00:00"}""");
		then(this.keys).should().create("ann", null, false);
	}

	@Test
	void answers400WhenTheServiceKnowsNoSuchUser() {
		given(this.keys.create(any(), any(), anyBoolean()))
			.willThrow(new InvalidRequestException("UserId", "no user with Uid 'nobody'"));

		MvcTestResult result = call(HttpMethod.POST, ADMIN_KEY, "{\"UserId\": \"nobody\"}");

		assertInvalidRequest(result, "UserId");
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			{}                                   | UserId
			{"UserId": "  "}                     | UserId
			{"UserId": "%101"}                   | UserId
			{"UserId": "ann", "Name": "%201"}    | Name
			{"UserId": "ann", "Admin": "maybe"}  | Admin
			""")
	void answers400NamingTheInvalidFieldAndIssuesNothing(String body, String field) {
		MvcTestResult result = call(HttpMethod.POST, ADMIN_KEY,
				body.replace("%101", "x".repeat(101)).replace("%201", "x".repeat(201)));

		assertInvalidRequest(result, field);
		then(this.keys).should(never()).create(any(), any(), anyBoolean());
	}

	// --- GET

	@Test
	void listsKeysWithoutTheirSecrets() {
		ApiKey unnamed = new ApiKey(UUID.fromString("0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e"), "5", null, false,
				OffsetDateTime.parse("2023-01-04T00:00:00Z"));
		given(this.keys.list()).willReturn(List.of(CI_KEY, unnamed));

		MvcTestResult result = call(HttpMethod.GET, ADMIN_KEY, null);

		assertJsonBody(result, """
				[
				  {"Uid": "6a1f0c2e-9b3d-4e5f-8a7b-1c2d3e4f5a6b", "UserId": "ann", "Name": "ci", "Admin": true,
				   "Created": "2023-01-02T14:57:05.1234567+02:00"},
				  {"Uid": "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e", "UserId": "5", "Name": null, "Admin": false,
				   "Created": "2023-01-04T00:00:00.0000000+00:00"}
				]""");
	}

	// --- DELETE

	@Test
	void revokesTheKeyNamedInThePath() {
		MvcTestResult result = this.mvc.delete()
			.uri("/v1/apikeys/{uid}", KEY)
			.header(HttpHeaders.AUTHORIZATION, ADMIN_KEY)
			.exchange();

		assertEmptyOk(result);
		then(this.keys).should().revoke(KEY);
	}

	@Test
	void answers404WhenRevokingAnUnknownKey() {
		willThrow(new ApiKeyNotFoundException(KEY)).given(this.keys).revoke(KEY);

		MvcTestResult result = this.mvc.delete()
			.uri("/v1/apikeys/{uid}", KEY)
			.header(HttpHeaders.AUTHORIZATION, ADMIN_KEY)
			.exchange();

		assertProblem(result, HttpStatus.NOT_FOUND, "not-found");
	}

	@Test
	void answers409WhenRevokingTheLastWorkingAdminKey() {
		willThrow(new LastAdminKeyException("Revoking API key '" + KEY + "'")).given(this.keys).revoke(KEY);

		MvcTestResult result = this.mvc.delete()
			.uri("/v1/apikeys/{uid}", KEY)
			.header(HttpHeaders.AUTHORIZATION, ADMIN_KEY)
			.exchange();

		assertProblem(result, HttpStatus.CONFLICT, "conflict").extractingPath("$.detail")
			.asString()
			.contains("Create another admin key first");
	}

	@Test
	void answers400ForAKeyUidThatIsNotAUuid() {
		MvcTestResult result = this.mvc.delete()
			.uri("/v1/apikeys/ci")
			.header(HttpHeaders.AUTHORIZATION, ADMIN_KEY)
			.exchange();

		assertInvalidRequest(result, "uid");
		then(this.keys).should(never()).revoke(any());
	}

	// --- Security: admin keys only

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({ "GET, /v1/apikeys", "POST, /v1/apikeys", "DELETE, /v1/apikeys/6a1f0c2e-9b3d-4e5f-8a7b-1c2d3e4f5a6b" })
	void answers401WhenNoKeyIsSent(HttpMethod method, String path) {
		MvcTestResult result = this.mvc.method(method)
			.uri(path)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"UserId\": \"ann\", \"Admin\": true}")
			.exchange();

		assertProblem(result, HttpStatus.UNAUTHORIZED, "unauthorized");
		then(this.keys).shouldHaveNoInteractions();
	}

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({ "GET, /v1/apikeys", "POST, /v1/apikeys", "DELETE, /v1/apikeys/6a1f0c2e-9b3d-4e5f-8a7b-1c2d3e4f5a6b" })
	void answers403ForAKeyThatIsNotAnAdminKey(HttpMethod method, String path) {
		MvcTestResult result = this.mvc.method(method)
			.uri(path)
			.header(HttpHeaders.AUTHORIZATION, USER_KEY)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"UserId\": \"5\", \"Admin\": true}")
			.exchange();

		assertProblem(result, HttpStatus.FORBIDDEN, "forbidden");
		then(this.keys).should().authenticate(USER_KEY);
		then(this.keys).shouldHaveNoMoreInteractions();
	}

	/**
	 * @param body a JSON body, or null for none
	 */
	private MvcTestResult call(HttpMethod method, String key, String body) {
		MockMvcTester.MockMvcRequestBuilder request = this.mvc.method(method)
			.uri("/v1/apikeys")
			.header(HttpHeaders.AUTHORIZATION, key);
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return request.exchange();
	}

}

package org.usertasks.identity;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

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

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.usertasks.identity.ApiKeySliceConfiguration.ADMIN;
import static org.usertasks.identity.ApiKeySliceConfiguration.ADMIN_KEY;
import static org.usertasks.identity.ApiKeySliceConfiguration.USER_KEY;
import static org.usertasks.system.WebSliceAssertions.assertEmptyOk;
import static org.usertasks.system.WebSliceAssertions.assertInvalidRequest;
import static org.usertasks.system.WebSliceAssertions.assertJsonBody;
import static org.usertasks.system.WebSliceAssertions.assertProblem;

/**
 * {@code /v1/usergroups} on the web layer alone: Struct's UserGroup in and out in
 * PascalCase, names trimmed, the admin behind the key recorded as the one who changed a
 * group, the service's refusals as problem details, and who may call what: any key reads,
 * only admin keys write. The service is mocked.
 */
@WebMvcTest(UserGroupController.class)
@Import(ApiKeySliceConfiguration.class)
class UserGroupControllerTests {

	private static final UUID EDITORS = UUID.fromString("3f0c9a52-6f0e-4c1b-9c55-2a9d0f3e7b11");

	private static final UUID TRANSLATORS = UUID.fromString("2f8d3c4a-5b6e-4f70-8a91-b2c3d4e5f602");

	private static final UserGroup EDITORS_GROUP = new UserGroup(EDITORS, "Editors",
			OffsetDateTime.parse("2023-01-02T14:57:05.5+02:00"), "3", OffsetDateTime.parse("2023-01-03T09:00:00Z"),
			"admin");

	/** Struct's field order, which differs from that of the domain record. */
	private static final String EDITORS_JSON = """
			{
			  "Uid": "3f0c9a52-6f0e-4c1b-9c55-2a9d0f3e7b11",
			  "Name": "Editors",
			  "Created": "2023-01-02T14:57:05.5000000+02:00",
			  "LastModified": "2023-01-03T09:00:00.0000000+00:00",
			  "CreatedBy": "3",
			  "LastModifiedBy": "admin"
			}""";

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private UserGroupService groups;

	// --- GET

	@Test
	void listsGroupsInStructsShapeToAnyKey() {
		UserGroup translators = new UserGroup(TRANSLATORS, "Translators", OffsetDateTime.parse("2023-01-04T00:00Z"),
				"3", OffsetDateTime.parse("2023-01-04T00:00Z"), "3");
		given(this.groups.list()).willReturn(List.of(EDITORS_GROUP, translators));

		MvcTestResult result = call(HttpMethod.GET, "/v1/usergroups", USER_KEY, null);

		assertJsonBody(result, "[" + EDITORS_JSON + """
				, {"Uid": "2f8d3c4a-5b6e-4f70-8a91-b2c3d4e5f602", "Name": "Translators",
				   "Created": "2023-01-04T00:00:00.0000000+00:00", "LastModified": "2023-01-04T00:00:00.0000000+00:00",
				   "CreatedBy": "3", "LastModifiedBy": "3"}]""");
	}

	@Test
	void answersTheGroupNamedInThePathToAnyKey() {
		given(this.groups.get(EDITORS)).willReturn(EDITORS_GROUP);

		MvcTestResult result = call(HttpMethod.GET, "/v1/usergroups/" + EDITORS, USER_KEY, null);

		assertJsonBody(result, EDITORS_JSON);
	}

	@Test
	void answers404ForAnUnknownGroup() {
		given(this.groups.get(EDITORS)).willThrow(new UserGroupNotFoundException(EDITORS));

		MvcTestResult result = call(HttpMethod.GET, "/v1/usergroups/" + EDITORS, USER_KEY, null);

		assertProblem(result, HttpStatus.NOT_FOUND, "not-found");
	}

	@Test
	void answers400ForAGroupUidThatIsNotAUuid() {
		MvcTestResult result = call(HttpMethod.GET, "/v1/usergroups/editors", USER_KEY, null);

		assertInvalidRequest(result, "uid");
		then(this.groups).shouldHaveNoInteractions();
	}

	// --- POST

	@Test
	void createsGroupWithTheTrimmedNameAsTheCallerAndAnswersIt() {
		given(this.groups.create(any(), any(), any())).willReturn(EDITORS_GROUP);

		MvcTestResult result = call(HttpMethod.POST, "/v1/usergroups", ADMIN_KEY,
				"{\"Uid\": \"" + EDITORS + "\", \"Name\": \"  Editors \"}");

		assertJsonBody(result, EDITORS_JSON);
		then(this.groups).should().create(EDITORS, "Editors", ADMIN);
	}

	@Test
	void createsGroupWithoutUidSoThatTheServiceChoosesOne() {
		given(this.groups.create(any(), any(), any())).willReturn(EDITORS_GROUP);

		MvcTestResult result = call(HttpMethod.POST, "/v1/usergroups", ADMIN_KEY, "{\"Name\": \"Editors\"}");

		assertJsonBody(result, EDITORS_JSON);
		then(this.groups).should().create(null, "Editors", ADMIN);
	}

	@Test
	void answers409WhenTheUidIsTaken() {
		given(this.groups.create(any(), any(), any())).willThrow(new UserGroupAlreadyExistsException(EDITORS));

		MvcTestResult result = call(HttpMethod.POST, "/v1/usergroups", ADMIN_KEY,
				"{\"Uid\": \"" + EDITORS + "\", \"Name\": \"Editors\"}");

		assertProblem(result, HttpStatus.CONFLICT, "already-exists");
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			{}                                      | Name
			{"Name": "   "}                         | Name
			{"Name": "%201"}                        | Name
			{"Uid": "editors", "Name": "Editors"}   | Uid
			""")
	void answers400NamingTheInvalidFieldAndCreatesNothing(String body, String field) {
		MvcTestResult result = call(HttpMethod.POST, "/v1/usergroups", ADMIN_KEY,
				body.replace("%201", "x".repeat(201)));

		assertInvalidRequest(result, field);
		then(this.groups).shouldHaveNoInteractions();
	}

	// --- PUT

	@Test
	void renamesTheGroupNamedInTheBodyAsTheCaller() {
		MvcTestResult result = call(HttpMethod.PUT, "/v1/usergroups", ADMIN_KEY,
				"{\"Uid\": \"" + EDITORS + "\", \"Name\": \" Copy editors  \"}");

		assertEmptyOk(result);
		then(this.groups).should().update(EDITORS, "Copy editors", ADMIN);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			{"Name": "Editors"}                                   | Uid
			{"Uid": "3f0c9a52-6f0e-4c1b-9c55-2a9d0f3e7b11"}       | Name
			""")
	void answers400NamingTheInvalidFieldAndRenamesNothing(String body, String field) {
		MvcTestResult result = call(HttpMethod.PUT, "/v1/usergroups", ADMIN_KEY, body);

		assertInvalidRequest(result, field);
		then(this.groups).shouldHaveNoInteractions();
	}

	@Test
	void answers404WhenRenamingAnUnknownGroup() {
		willThrow(new UserGroupNotFoundException(EDITORS)).given(this.groups).update(any(), any(), any());

		MvcTestResult result = call(HttpMethod.PUT, "/v1/usergroups", ADMIN_KEY,
				"{\"Uid\": \"" + EDITORS + "\", \"Name\": \"Editors\"}");

		assertProblem(result, HttpStatus.NOT_FOUND, "not-found");
	}

	// --- DELETE

	@Test
	void deletesTheGroupNamedInThePath() {
		MvcTestResult result = call(HttpMethod.DELETE, "/v1/usergroups/" + EDITORS, ADMIN_KEY, null);

		assertEmptyOk(result);
		then(this.groups).should().delete(EDITORS);
	}

	@Test
	void answers404WhenDeletingAnUnknownGroup() {
		willThrow(new UserGroupNotFoundException(EDITORS)).given(this.groups).delete(EDITORS);

		MvcTestResult result = call(HttpMethod.DELETE, "/v1/usergroups/" + EDITORS, ADMIN_KEY, null);

		assertProblem(result, HttpStatus.NOT_FOUND, "not-found");
	}

	// --- Security: any key reads, only admin keys write

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({ "GET, /v1/usergroups", "GET, /v1/usergroups/3f0c9a52-6f0e-4c1b-9c55-2a9d0f3e7b11",
			"POST, /v1/usergroups", "PUT, /v1/usergroups",
			"DELETE, /v1/usergroups/3f0c9a52-6f0e-4c1b-9c55-2a9d0f3e7b11" })
	void answers401WhenNoKeyIsSent(HttpMethod method, String path) {
		MvcTestResult result = call(method, path, null, "{\"Uid\": \"" + EDITORS + "\", \"Name\": \"Editors\"}");

		assertProblem(result, HttpStatus.UNAUTHORIZED, "unauthorized");
		then(this.groups).shouldHaveNoInteractions();
	}

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({ "POST, /v1/usergroups", "PUT, /v1/usergroups",
			"DELETE, /v1/usergroups/3f0c9a52-6f0e-4c1b-9c55-2a9d0f3e7b11" })
	void answers403WhenAKeyThatIsNotAnAdminKeyWrites(HttpMethod method, String path) {
		MvcTestResult result = call(method, path, USER_KEY, "{\"Uid\": \"" + EDITORS + "\", \"Name\": \"Editors\"}");

		assertProblem(result, HttpStatus.FORBIDDEN, "forbidden");
		then(this.groups).shouldHaveNoInteractions();
	}

	/**
	 * @param key the Authorization header, or null for none
	 * @param body a JSON body, or null for none
	 */
	private MvcTestResult call(HttpMethod method, String path, String key, String body) {
		MockMvcTester.MockMvcRequestBuilder request = this.mvc.method(method).uri(path);
		if (key != null) {
			request.header(HttpHeaders.AUTHORIZATION, key);
		}
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return request.exchange();
	}

}

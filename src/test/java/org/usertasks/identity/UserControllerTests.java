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
import org.usertasks.system.InvalidRequestException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.usertasks.identity.ApiKeySliceConfiguration.ADMIN_KEY;
import static org.usertasks.identity.ApiKeySliceConfiguration.USER_KEY;
import static org.usertasks.system.WebSliceAssertions.assertEmptyOk;
import static org.usertasks.system.WebSliceAssertions.assertInvalidRequest;
import static org.usertasks.system.WebSliceAssertions.assertJsonBody;
import static org.usertasks.system.WebSliceAssertions.assertProblem;

/**
 * {@code /v1/users} on the web layer alone: Struct's User model in and out in PascalCase
 * with an integer status, its validation, the service's refusals as problem details, and
 * who may call what: any key reads, only admin keys write. The service is mocked.
 */
@WebMvcTest(UserController.class)
@Import(ApiKeySliceConfiguration.class)
class UserControllerTests {

	private static final UUID CONTENT_TEAM = UUID.fromString("2f8d3c4a-5b6e-4f70-8a91-b2c3d4e5f601");

	private static final User JOHN = new User("5", "john@example.com", "John", "Doe", UserStatus.Disabled,
			List.of(CONTENT_TEAM), List.of("Editor"), OffsetDateTime.parse("2023-01-02T12:00:00Z"),
			OffsetDateTime.parse("2023-01-03T12:00:00Z"));

	private static final String JOHN_JSON = """
			{
			  "Uid": "5",
			  "Email": "john@example.com",
			  "Firstname": "John",
			  "Lastname": "Doe",
			  "Status": 2,
			  "UserGroups": ["2f8d3c4a-5b6e-4f70-8a91-b2c3d4e5f601"],
			  "Roles": ["Editor"]
			}""";

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private UserService users;

	// --- GET

	@Test
	void listsUsersInStructsShapeToAnyKey() {
		User invited = new User("10", null, null, null, UserStatus.Invited, List.of(), List.of(),
				OffsetDateTime.parse("2023-01-02T12:00:00Z"), OffsetDateTime.parse("2023-01-02T12:00:00Z"));
		given(this.users.list()).willReturn(List.of(JOHN, invited));

		MvcTestResult result = call(HttpMethod.GET, "/v1/users", USER_KEY, null);

		assertJsonBody(result, "[" + JOHN_JSON + """
				, {"Uid": "10", "Email": null, "Firstname": null, "Lastname": null, "Status": 0,
				   "UserGroups": [], "Roles": []}]""");
	}

	@Test
	void answersTheUserNamedInThePathToAnyKey() {
		given(this.users.get("5")).willReturn(JOHN);

		MvcTestResult result = call(HttpMethod.GET, "/v1/users/5", USER_KEY, null);

		assertJsonBody(result, JOHN_JSON);
	}

	@Test
	void answers404ForAnUnknownUser() {
		given(this.users.get("7")).willThrow(new UserNotFoundException("7"));

		MvcTestResult result = call(HttpMethod.GET, "/v1/users/7", USER_KEY, null);

		assertProblem(result, HttpStatus.NOT_FOUND, "not-found");
	}

	// --- POST

	@Test
	void createsUserFromAPascalCaseBodyAndAnswersIt() {
		given(this.users.create(any(), any())).willReturn(JOHN);

		MvcTestResult result = call(HttpMethod.POST, "/v1/users", ADMIN_KEY, JOHN_JSON);

		assertJsonBody(result, JOHN_JSON);
		then(this.users).should()
			.create("5", new UserDetails("john@example.com", "John", "Doe", UserStatus.Disabled, List.of(CONTENT_TEAM),
					List.of("Editor")));
	}

	@Test
	void createsUserWithoutUidOrStatusAndWithEmptyListsWhenTheBodyLeavesThemOut() {
		given(this.users.create(any(), any())).willReturn(JOHN);

		MvcTestResult result = call(HttpMethod.POST, "/v1/users", ADMIN_KEY, "{}");

		assertThat(result).hasStatusOk();
		then(this.users).should().create(null, new UserDetails(null, null, null, null, List.of(), List.of()));
	}

	@Test
	void answers409WhenTheUidIsTaken() {
		given(this.users.create(any(), any())).willThrow(new UserAlreadyExistsException("5"));

		MvcTestResult result = call(HttpMethod.POST, "/v1/users", ADMIN_KEY, JOHN_JSON);

		assertProblem(result, HttpStatus.CONFLICT, "already-exists");
	}

	@Test
	void answers400NamingTheGroupsTheServiceDoesNotKnow() {
		given(this.users.create(any(), any()))
			.willThrow(new InvalidRequestException("UserGroups[0]", "no user group with Uid '" + CONTENT_TEAM + "'"));

		MvcTestResult result = call(HttpMethod.POST, "/v1/users", ADMIN_KEY, JOHN_JSON);

		assertInvalidRequest(result, "UserGroups[0]");
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			{"Uid": ""}                             | Uid
			{"Uid": "john doe"}                     | Uid
			{"Uid": "john/doe"}                     | Uid
			{"Email": "john at example.com"}        | Email
			{"Firstname": "%201"}                   | Firstname
			{"Lastname": "%201"}                    | Lastname
			{"Status": 3}                           | Status
			{"UserGroups": ["content-team"]}        | UserGroups[0]
			{"UserGroups": [null]}                  | UserGroups[0]
			{"Roles": ["Editor", ""]}               | Roles[1]
			""")
	void answers400NamingTheInvalidFieldAndCreatesNothing(String body, String field) {
		MvcTestResult result = call(HttpMethod.POST, "/v1/users", ADMIN_KEY, body.replace("%201", "x".repeat(201)));

		assertInvalidRequest(result, field);
		then(this.users).shouldHaveNoInteractions();
	}

	// --- PUT

	@Test
	void updatesTheUserNamedInTheBody() {
		MvcTestResult result = call(HttpMethod.PUT, "/v1/users", ADMIN_KEY,
				"{\"Uid\": \"5\", \"Firstname\": \"Johnny\", \"Roles\": [\"Editor\"]}");

		assertEmptyOk(result);
		then(this.users).should()
			.update("5", new UserDetails(null, "Johnny", null, null, List.of(), List.of("Editor")));
	}

	@Test
	void answers400WhenTheUpdateNamesNoUser() {
		MvcTestResult result = call(HttpMethod.PUT, "/v1/users", ADMIN_KEY, "{\"Firstname\": \"Johnny\"}");

		assertInvalidRequest(result, "Uid");
		then(this.users).shouldHaveNoInteractions();
	}

	@Test
	void answers404WhenUpdatingAnUnknownUser() {
		willThrow(new UserNotFoundException("7")).given(this.users).update(any(), any());

		MvcTestResult result = call(HttpMethod.PUT, "/v1/users", ADMIN_KEY, "{\"Uid\": \"7\"}");

		assertProblem(result, HttpStatus.NOT_FOUND, "not-found");
	}

	@Test
	void answers409WhenDisablingTheUserWouldLeaveNoAdminKey() {
		willThrow(new LastAdminKeyException("Disabling user 'admin'")).given(this.users).update(any(), any());

		MvcTestResult result = call(HttpMethod.PUT, "/v1/users", ADMIN_KEY, "{\"Uid\": \"admin\", \"Status\": 2}");

		assertProblem(result, HttpStatus.CONFLICT, "conflict");
	}

	// --- DELETE

	@Test
	void deletesTheUserNamedInThePath() {
		MvcTestResult result = call(HttpMethod.DELETE, "/v1/users/5", ADMIN_KEY, null);

		assertEmptyOk(result);
		then(this.users).should().delete("5");
	}

	@Test
	void answers404WhenDeletingAnUnknownUser() {
		willThrow(new UserNotFoundException("7")).given(this.users).delete("7");

		MvcTestResult result = call(HttpMethod.DELETE, "/v1/users/7", ADMIN_KEY, null);

		assertProblem(result, HttpStatus.NOT_FOUND, "not-found");
	}

	@Test
	void answers409WhenDeletingTheUserWouldLeaveNoAdminKey() {
		willThrow(new LastAdminKeyException("Deleting user 'admin'")).given(this.users).delete("admin");

		MvcTestResult result = call(HttpMethod.DELETE, "/v1/users/admin", ADMIN_KEY, null);

		assertProblem(result, HttpStatus.CONFLICT, "conflict");
	}

	// --- Security: any key reads, only admin keys write

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({ "GET, /v1/users", "GET, /v1/users/5", "POST, /v1/users", "PUT, /v1/users", "DELETE, /v1/users/5" })
	void answers401WhenNoKeyIsSent(HttpMethod method, String path) {
		MvcTestResult result = call(method, path, null, "{\"Uid\": \"5\"}");

		assertProblem(result, HttpStatus.UNAUTHORIZED, "unauthorized");
		then(this.users).shouldHaveNoInteractions();
	}

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({ "POST, /v1/users", "PUT, /v1/users", "DELETE, /v1/users/5" })
	void answers403WhenAKeyThatIsNotAnAdminKeyWrites(HttpMethod method, String path) {
		MvcTestResult result = call(method, path, USER_KEY, "{\"Uid\": \"5\"}");

		assertProblem(result, HttpStatus.FORBIDDEN, "forbidden");
		then(this.users).shouldHaveNoInteractions();
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

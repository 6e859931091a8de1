package org.usertasks.task;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

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
import org.usertasks.identity.ApiKeySliceConfiguration;
import org.usertasks.system.InvalidRequestException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.usertasks.identity.ApiKeySliceConfiguration.USER;
import static org.usertasks.identity.ApiKeySliceConfiguration.USER_KEY;
import static org.usertasks.system.WebSliceAssertions.assertEmptyOk;
import static org.usertasks.system.WebSliceAssertions.assertInvalidRequest;
import static org.usertasks.system.WebSliceAssertions.assertJsonBody;
import static org.usertasks.system.WebSliceAssertions.assertProblem;

/**
 * {@code /v1/usertasks} on the web layer alone: Struct's PascalCase JSON bound to the
 * service's arguments and its answers written back in Struct's shape, with the real wire
 * format, problem details and security rules, and the service mocked.
 */
@WebMvcTest(TaskController.class)
@Import(ApiKeySliceConfiguration.class)
class TaskControllerTests {

	private static final UUID TASK = UUID.fromString("eb284804-a977-47f9-acda-04f3ea3bbb96");

	private static final UUID OTHER_TASK = UUID.fromString("073af031-fc72-4ade-9708-1862c353dab3");

	private static final UUID GROUP = UUID.fromString("2f8d3c4a-5b6e-4f70-8a91-b2c3d4e5f601");

	private static final UUID COMMENT = UUID.fromString("8767bfd8-195e-4370-ae74-53f99b76bd4b");

	/** Every field of Struct's UserTask filled in, as the next constant writes it. */
	private static final TaskView DESCRIPTIONS_TASK = new TaskView(
			new Task(TASK, OffsetDateTime.parse("2023-01-02T12:57:05.123456Z"), "3",
					OffsetDateTime.parse("2023-01-14T00:00:00+02:00"), "Missing descriptions", "Use the English texts",
					TaskStatus.InProgress, List.of("5", "10"), List.of(GROUP),
					List.of(new AttachedEntity(0, "1022", AttachedEntityStatus.Done),
							new AttachedEntity(7, "4986", AttachedEntityStatus.Pending)),
					OffsetDateTime.parse("2023-01-03T08:00:00Z"), 3),
			List.of(new TaskComment(COMMENT, "Is LanguageWire okay?", "5", "John Doe",
					OffsetDateTime.parse("2023-01-02T15:00:00.5+01:00"),
					OffsetDateTime.parse("2023-01-02T15:30:00+01:00"), false)));

	private static final String DESCRIPTIONS_TASK_JSON = """
			{
			  "Uid": "eb284804-a977-47f9-acda-04f3ea3bbb96",
			  "Created": "2023-01-02T12:57:05.1234560+00:00",
			  "CreatedBy": "3",
			  "Deadline": "2023-01-14T00:00:00.0000000+02:00",
			  "Title": "Missing descriptions",
			  "Description": "Use the English texts",
			  "Status": 2,
			  "AssignedUsers": ["5", "10"],
			  "AssignedUserGroups": ["2f8d3c4a-5b6e-4f70-8a91-b2c3d4e5f601"],
			  "Comments": [{
			    "Uid": "8767bfd8-195e-4370-ae74-53f99b76bd4b",
			    "Comment": "Is LanguageWire okay?",
			    "UserId": "5",
			    "Name": "John Doe",
			    "Created": "2023-01-02T15:00:00.5000000+01:00",
			    "LastModified": "2023-01-02T15:30:00.0000000+01:00",
			    "IsSystemGenerated": false
			  }],
			  "AttachedEntities": [
			    {"EntityType": 0, "EntityId": "1022", "Status": 1},
			    {"EntityType": 7, "EntityId": "4986", "Status": 0}
			  ]
			}""";

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private TaskService tasks;

	// --- GET /v1/usertasks?page=N

	@Test
	void listsThePageAskedForInStructsShape() {
		given(this.tasks.page(2)).willReturn(new TaskPage(2, 100, 101, List.of(DESCRIPTIONS_TASK)));

		MvcTestResult result = get("/v1/usertasks?page=2");

		assertJsonBody(result, """
				{"Page": 2, "PageSize": 100, "Total": 101, "UserTasks": [%s]}""".formatted(DESCRIPTIONS_TASK_JSON));
	}

	@Test
	void listsTheFirstPageWhenNoneIsAsked() {
		given(this.tasks.page(1)).willReturn(new TaskPage(1, 100, 0, List.of()));

		MvcTestResult result = get("/v1/usertasks");

		assertJsonBody(result, """
				{"Page": 1, "PageSize": 100, "Total": 0, "UserTasks": []}""");
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "-1", "two" })
	void answers400ForAPageThatIsNotAPositiveInteger(String page) {
		MvcTestResult result = get("/v1/usertasks?page=" + page);

		assertInvalidRequest(result, "page");
		then(this.tasks).shouldHaveNoInteractions();
	}

	// --- GET /v1/usertasks/{uid}

	@Test
	void answersATaskWithItsCommentsAndEntitiesInStructsFieldOrder() {
		given(this.tasks.get(TASK)).willReturn(DESCRIPTIONS_TASK);

		MvcTestResult result = get("/v1/usertasks/" + TASK);

		assertJsonBody(result, DESCRIPTIONS_TASK_JSON);
	}

	@Test
	void writesFieldsATaskLacksAsNullAndListsItLacksAsEmpty() {
		Task bare = new Task(TASK, OffsetDateTime.parse("2023-01-02T12:00:00Z"), "3", null, null, null, TaskStatus.New,
				List.of(), List.of(), List.of(), OffsetDateTime.parse("2023-01-02T12:00:00Z"), 1);
		given(this.tasks.get(TASK)).willReturn(new TaskView(bare, List.of()));

		MvcTestResult result = get("/v1/usertasks/" + TASK);

		assertJsonBody(result, """
				{"Uid": "eb284804-a977-47f9-acda-04f3ea3bbb96", "Created": "2023-01-02T12:00:00.0000000+00:00",
				 "CreatedBy": "3", "Deadline": null, "Title": null, "Description": null, "Status": 0,
				 "AssignedUsers": [], "AssignedUserGroups": [], "Comments": [], "AttachedEntities": []}""");
	}

	@Test
	void answers404WhenNoTaskHasTheUid() {
		given(this.tasks.get(TASK)).willThrow(new TaskNotFoundException(TASK));

		MvcTestResult result = get("/v1/usertasks/" + TASK);

		assertProblem(result, HttpStatus.NOT_FOUND, "not-found").extractingPath("$.detail")
			.asString()
			.contains(TASK.toString());
	}

	@Test
	void answers400ForAUidThatIsNotAUuid() {
		MvcTestResult result = get("/v1/usertasks/not-a-uuid");

		assertInvalidRequest(result, "uid");
		then(this.tasks).shouldHaveNoInteractions();
	}

	// --- POST /v1/usertasks

	@Test
	void createsTaskFromAPascalCaseBodyForTheCaller() {
		String body = """
				{
				  "Uid": "eb284804-a977-47f9-acda-04f3ea3bbb96",
				  "Title": "Missing descriptions",
				  "Description": "Use the English texts",
				  "Deadline": "2023-01-14T00:00:00.0000000+02:00",
				  "AssignedUsers": ["5", "10"],
				  "AssignedUserGroups": ["2f8d3c4a-5b6e-4f70-8a91-b2c3d4e5f601"],
				  "AttachedEntities": [{"EntityType": 1, "EntityId": " 1022 ", "Status": 1}, {"EntityId": "1023"}]
				}""";

		MvcTestResult result = send(HttpMethod.POST, "/v1/usertasks", body);

		assertEmptyOk(result);
		then(this.tasks).should()
			.create(TASK,
					new TaskContent("Missing descriptions", "Use the English texts",
							OffsetDateTime.parse("2023-01-14T00:00+02:00"), null, List.of("5", "10"), List.of(GROUP),
							List.of(new TaskContent.EntityReference(1, "1022", AttachedEntityStatus.Done),
									new TaskContent.EntityReference(0, "1023", null))),
					USER);
	}

	@Test
	void createsTaskWithoutUidAndWithEmptyListsWhenTheBodyLeavesThemOut() {
		MvcTestResult result = send(HttpMethod.POST, "/v1/usertasks", "{}");

		assertEmptyOk(result);
		then(this.tasks).should()
			.create(null, new TaskContent(null, null, null, null, List.of(), List.of(), List.of()), USER);
	}

	@Test
	void answers409WhenTheUidIsTaken() {
		given(this.tasks.create(any(), any(), any())).willThrow(new TaskAlreadyExistsException(TASK));

		MvcTestResult result = send(HttpMethod.POST, "/v1/usertasks", "{\"Uid\": \"" + TASK + "\"}");

		assertProblem(result, HttpStatus.CONFLICT, "already-exists");
	}

	@Test
	void answers400NamingTheFieldsTheServiceRefuses() {
		given(this.tasks.create(any(), any(), any()))
			.willThrow(new InvalidRequestException("AssignedUsers[1]", "no user with Uid '11'"));

		MvcTestResult result = send(HttpMethod.POST, "/v1/usertasks", "{\"AssignedUsers\": [\"5\", \"11\"]}");

		assertInvalidRequest(result, "AssignedUsers[1]");
		assertThat(result).bodyJson().extractingPath("$.errors[0].message").isEqualTo("no user with Uid '11'");
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			{"Title": "%1001"}                                           | Title
			{"Description": "%100001"}                                   | Description
			{"Deadline": "next Tuesday"}                                 | Deadline
			{"AssignedUsers": ["5", null]}                               | AssignedUsers[1]
			{"AssignedUserGroups": ["content-team"]}                     | AssignedUserGroups[0]
			{"AttachedEntities": [{"EntityId": "1"}, {"EntityId": " "}]} | AttachedEntities[1].EntityId
			{"AttachedEntities": [{"EntityType": -1, "EntityId": "1"}]}  | AttachedEntities[0].EntityType
			Title=Missing descriptions                                   | body
			""")
	void answers400NamingTheInvalidFieldAndCreatesNothing(String body, String field) {
		MvcTestResult result = send(HttpMethod.POST, "/v1/usertasks", expand(body));

		assertInvalidRequest(result, field);
		then(this.tasks).shouldHaveNoInteractions();
	}

	// --- PUT /v1/usertasks

	@Test
	void updatesTaskFromAPascalCaseBodyIgnoringReadOnlyFields() {
		String body = """
				{
				  "Uid": "eb284804-a977-47f9-acda-04f3ea3bbb96",
				  "Created": "2020-01-01T00:00:00.0000000+00:00",
				  "CreatedBy": "someone else",
				  "Comments": [{"Comment": "not from here"}],
				  "Title": "Missing descriptions",
				  "Status": 4,
				  "AssignedUsers": ["10"],
				  "AttachedEntities": [{"EntityType": 2, "EntityId": "55"}]
				}""";

		MvcTestResult result = send(HttpMethod.PUT, "/v1/usertasks", body);

		assertEmptyOk(result);
		then(this.tasks).should()
			.update(TASK, new TaskContent("Missing descriptions", null, null, TaskStatus.Completed, List.of("10"),
					List.of(), List.of(new TaskContent.EntityReference(2, "55", null))));
	}

	@Test
	void answers404WhenUpdatingATaskThatDoesNotExist() {
		willThrow(new TaskNotFoundException(TASK)).given(this.tasks).update(any(), any());

		MvcTestResult result = send(HttpMethod.PUT, "/v1/usertasks", "{\"Uid\": \"" + TASK + "\"}");

		assertProblem(result, HttpStatus.NOT_FOUND, "not-found");
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			{"Title": "No Uid"}                                             | Uid
			{"Uid": "eb284804-a977-47f9-acda-04f3ea3bbb96", "Status": 9}    | Status
			{"Uid": "eb284804-a977-47f9-acda-04f3ea3bbb96", "Title": "%1001"} | Title
			""")
	void answers400NamingTheInvalidFieldAndUpdatesNothing(String body, String field) {
		MvcTestResult result = send(HttpMethod.PUT, "/v1/usertasks", expand(body));

		assertInvalidRequest(result, field);
		then(this.tasks).shouldHaveNoInteractions();
	}

	// --- POST /v1/usertasks/batch

	@Test
	void answersABatchAsTheServiceOrdersIt() {
		Task other = new Task(OTHER_TASK, OffsetDateTime.parse("2023-01-01T00:00:00Z"), "3", null, "Other", null,
				TaskStatus.New, List.of(), List.of(), List.of(), OffsetDateTime.parse("2023-01-01T00:00:00Z"), 1);
		given(this.tasks.batch(List.of(OTHER_TASK, TASK)))
			.willReturn(List.of(new TaskView(other, List.of()), DESCRIPTIONS_TASK));

		MvcTestResult result = send(HttpMethod.POST, "/v1/usertasks/batch",
				"[\"" + OTHER_TASK + "\", \"" + TASK + "\"]");

		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson()
			.extractingPath("$[*].Uid")
			.asArray()
			.containsExactly(OTHER_TASK.toString(), TASK.toString());
		assertThat(result).bodyJson().extractingPath("$[0].Title").isEqualTo("Other");
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			["eb284804-a977-47f9-acda-04f3ea3bbb96", "task-2"] | body[1]
			{"Uids": []}                                       | body
			""")
	void answers400ForABatchThatIsNotAnArrayOfUids(String body, String field) {
		MvcTestResult result = send(HttpMethod.POST, "/v1/usertasks/batch", body);

		assertInvalidRequest(result, field);
		then(this.tasks).shouldHaveNoInteractions();
	}

	// --- DELETE /v1/usertasks/{uid}

	@Test
	void deletesTask() {
		MvcTestResult result = delete("/v1/usertasks/" + TASK);

		assertEmptyOk(result);
		then(this.tasks).should().delete(TASK);
	}

	@Test
	void answers404WhenDeletingATaskThatDoesNotExist() {
		willThrow(new TaskNotFoundException(TASK)).given(this.tasks).delete(TASK);

		MvcTestResult result = delete("/v1/usertasks/" + TASK);

		assertProblem(result, HttpStatus.NOT_FOUND, "not-found");
	}

	// --- Security: any working key, admin or not

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({ "GET, /v1/usertasks", "GET, /v1/usertasks/eb284804-a977-47f9-acda-04f3ea3bbb96", "POST, /v1/usertasks",
			"PUT, /v1/usertasks", "POST, /v1/usertasks/batch",
			"DELETE, /v1/usertasks/eb284804-a977-47f9-acda-04f3ea3bbb96" })
	void answers401WithAChallengeWhenNoKeyIsSent(HttpMethod method, String path) {
		MvcTestResult result = this.mvc.method(method).uri(path).contentType(MediaType.APPLICATION_JSON).exchange();

		assertProblem(result, HttpStatus.UNAUTHORIZED, "unauthorized");
		assertThat(result).headers().hasValue(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"usertasks\"");
		then(this.tasks).shouldHaveNoInteractions();
	}

	@Test
	void answers401ForAKeyThatDoesNotAuthenticate() {
		MvcTestResult result = this.mvc.get()
			.uri("/v1/usertasks")
			.header(HttpHeaders.AUTHORIZATION, "revoked-key")
			.exchange();

		assertProblem(result, HttpStatus.UNAUTHORIZED, "unauthorized");
		then(this.tasks).shouldHaveNoInteractions();
	}

	private MvcTestResult get(String path) {
		return this.mvc.get().uri(path).header(HttpHeaders.AUTHORIZATION, USER_KEY).exchange();
	}

	private MvcTestResult delete(String path) {
		return this.mvc.delete().uri(path).header(HttpHeaders.AUTHORIZATION, USER_KEY).exchange();
	}

	private MvcTestResult send(HttpMethod method, String path, String body) {
		return this.mvc.method(method)
			.uri(path)
			.header(HttpHeaders.AUTHORIZATION, USER_KEY)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

	/**
	 * Replaces {@code %N} in a string value by N letters, for bodies over a size limit.
	 */
	private static String expand(String body) {
		return Pattern.compile("%(\\d+)")
			.matcher(body)
			.replaceAll((match) -> "x".repeat(Integer.parseInt(match.group(1))));
	}

}

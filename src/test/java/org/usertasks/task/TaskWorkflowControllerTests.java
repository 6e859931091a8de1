package org.usertasks.task;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
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
import org.usertasks.system.NotPermittedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.usertasks.identity.ApiKeySliceConfiguration.ADMIN;
import static org.usertasks.identity.ApiKeySliceConfiguration.ADMIN_KEY;
import static org.usertasks.identity.ApiKeySliceConfiguration.USER;
import static org.usertasks.identity.ApiKeySliceConfiguration.USER_KEY;
import static org.usertasks.system.WebSliceAssertions.assertInvalidRequest;
import static org.usertasks.system.WebSliceAssertions.assertJsonBody;
import static org.usertasks.system.WebSliceAssertions.assertProblem;

/**
 * Working a task ({@code /v1/usertasks/{uid}/status}, {@code /claim}, {@code /unclaim},
 * {@code /entities/{type}/{id}}, {@code /history}) on the web layer alone: the task,
 * body, caller and If-Match versions reach the workflow, each change answers the task as
 * the service then reads it with its ETag, and the workflow's refusals come back as
 * problem details. The workflow and the service are mocked.
 */
@WebMvcTest(TaskWorkflowController.class)
@Import(ApiKeySliceConfiguration.class)
class TaskWorkflowControllerTests {

	private static final UUID TASK = UUID.fromString("eb284804-a977-47f9-acda-04f3ea3bbb96");

	private static final String PATH = "/v1/usertasks/" + TASK;

	private static final OffsetDateTime CREATED = OffsetDateTime.parse("2023-01-02T12:00:00Z");

	/** The task as the service reads it after a change: at version 7. */
	private static final TaskView CHANGED_TASK = new TaskView(
			new Task(TASK, CREATED, "3", null, "Missing descriptions", null, TaskStatus.InProgress, List.of("5"),
					List.of(), List.of(new AttachedEntity(0, "1022", AttachedEntityStatus.Done)),
					OffsetDateTime.parse("2023-01-03T08:00:00Z"), 7, new Task.Claim("5", TaskStatus.New)),
			List.of());

	private static final String CHANGED_TASK_JSON = """
			{
			  "Uid": "eb284804-a977-47f9-acda-04f3ea3bbb96",
			  "Created": "2023-01-02T12:00:00.0000000+00:00",
			  "CreatedBy": "3",
			  "Deadline": null,
			  "Title": "Missing descriptions",
			  "Description": null,
			  "Status": 2,
			  "AssignedUsers": ["5"],
			  "AssignedUserGroups": [],
			  "Comments": [],
			  "AttachedEntities": [{"EntityType": 0, "EntityId": "1022", "Status": 1}],
			  "LastModified": "2023-01-03T08:00:00.0000000+00:00"
			}""";

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private TaskWorkflow workflow;

	@MockitoBean
	private TaskService tasks;

	// --- POST /status

	@Test
	void changesTheStatusAsTheCallerAndAnswersTheTaskWithItsETag() {
		given(this.tasks.get(TASK)).willReturn(CHANGED_TASK);

		MvcTestResult result = post(USER_KEY, "/status", null, "{\"Status\": 4}");

		assertJsonBody(result, CHANGED_TASK_JSON);
		assertThat(result).headers().hasSingleValue(HttpHeaders.ETAG, "\"7\"");
		then(this.workflow).should().changeStatus(TASK, TaskStatus.Completed, USER, null);
	}

	@Test
	void changesTheStatusOnlyAtTheVersionsIfMatchNames() {
		given(this.tasks.get(TASK)).willReturn(CHANGED_TASK);

		MvcTestResult result = post(ADMIN_KEY, "/status", "\"6\", \"5\"", "{\"Status\": 1}");

		assertThat(result).hasStatusOk();
		then(this.workflow).should().changeStatus(TASK, TaskStatus.ReOpened, ADMIN, Set.of(5L, 6L));
	}

	@ParameterizedTest
	@ValueSource(strings = { "{}", "{\"Status\": 9}", "{\"Status\": \"Done\"}" })
	void answers400ForAMissingOrUnknownStatusAndChangesNothing(String body) {
		MvcTestResult result = post(USER_KEY, "/status", null, body);

		assertInvalidRequest(result, "Status");
		then(this.workflow).shouldHaveNoInteractions();
	}

	@Test
	void answers409WithTheReasonWhenTheRulesForbidTheMove() {
		given(this.workflow.changeStatus(any(), any(), any(), any()))
			.willThrow(new StatusTransitionException(TASK, TaskStatus.Completed, TaskStatus.New));

		MvcTestResult result = post(USER_KEY, "/status", null, "{\"Status\": 0}");

		assertProblem(result, HttpStatus.CONFLICT, "conflict").extractingPath("$.reason")
			.isEqualTo("status-transition");
		then(this.tasks).shouldHaveNoInteractions();
	}

	@Test
	void answers412WithTheCurrentETagWhenIfMatchNamesAStaleVersion() {
		given(this.workflow.changeStatus(any(), any(), any(), any()))
			.willThrow(new TaskVersionConflictException(TASK, 7));

		MvcTestResult result = post(USER_KEY, "/status", "\"6\"", "{\"Status\": 2}");

		assertProblem(result, HttpStatus.PRECONDITION_FAILED, "precondition-failed").extractingPath("$.currentETag")
			.isEqualTo("\"7\"");
		assertThat(result).headers().hasSingleValue(HttpHeaders.ETAG, "\"7\"");
	}

	@Test
	void answers404ForATaskThatDoesNotExist() {
		given(this.workflow.changeStatus(any(), any(), any(), any())).willThrow(new TaskNotFoundException(TASK));

		MvcTestResult result = post(USER_KEY, "/status", null, "{\"Status\": 2}");

		assertProblem(result, HttpStatus.NOT_FOUND, "not-found");
	}

	// --- POST /claim and /unclaim

	@Test
	void claimsForTheCallerAndAnswersTheTaskWithItsETag() {
		given(this.tasks.get(TASK)).willReturn(CHANGED_TASK);

		MvcTestResult result = post(USER_KEY, "/claim", null, null);

		assertJsonBody(result, CHANGED_TASK_JSON);
		assertThat(result).headers().hasSingleValue(HttpHeaders.ETAG, "\"7\"");
		then(this.workflow).should().claim(TASK, USER, null);
	}

	@Test
	void claimsOnlyAtTheVersionIfMatchNames() {
		given(this.tasks.get(TASK)).willReturn(CHANGED_TASK);

		MvcTestResult result = post(USER_KEY, "/claim", "\"6\"", null);

		assertThat(result).hasStatusOk();
		then(this.workflow).should().claim(TASK, USER, Set.of(6L));
	}

	@Test
	void answers409NamingTheHolderWhenSomeoneElseHasClaimedTheTask() {
		given(this.workflow.claim(any(), any(), any())).willThrow(new TaskClaimedException(TASK, "10"));

		MvcTestResult result = post(USER_KEY, "/claim", null, null);

		assertProblem(result, HttpStatus.CONFLICT, "conflict").extractingPath("$.reason").isEqualTo("claimed");
		assertThat(result).bodyJson().extractingPath("$.holder").isEqualTo("10");
	}

	@Test
	void answers403WhenTheCallerMayNotClaimTheTask() {
		given(this.workflow.claim(any(), any(), any())).willThrow(new NotPermittedException(
				"Only a user the task is assigned to, directly or through a group, may claim it."));

		MvcTestResult result = post(USER_KEY, "/claim", null, null);

		assertProblem(result, HttpStatus.FORBIDDEN, "forbidden").extractingPath("$.detail")
			.isEqualTo("Only a user the task is assigned to, directly or through a group, may claim it.");
		then(this.tasks).shouldHaveNoInteractions();
	}

	@Test
	void unclaimsAsTheCallerAtTheVersionIfMatchNamesAndAnswersTheTask() {
		given(this.tasks.get(TASK)).willReturn(CHANGED_TASK);

		MvcTestResult result = post(ADMIN_KEY, "/unclaim", "\"7\"", null);

		assertJsonBody(result, CHANGED_TASK_JSON);
		assertThat(result).headers().hasSingleValue(HttpHeaders.ETAG, "\"7\"");
		then(this.workflow).should().unclaim(TASK, ADMIN, Set.of(7L));
	}

	@Test
	void answers403WhenTheCallerMayNotReleaseTheClaim() {
		given(this.workflow.unclaim(any(), any(), any()))
			.willThrow(new NotPermittedException("Only the user who claimed the task, or an admin, may release it."));

		MvcTestResult result = post(USER_KEY, "/unclaim", null, null);

		assertProblem(result, HttpStatus.FORBIDDEN, "forbidden");
	}

	// --- PUT /entities/{entityType}/{entityId}

	@Test
	void marksTheEntityInThePathAsTheCallerAndAnswersTheTaskWithItsETag() {
		given(this.tasks.get(TASK)).willReturn(CHANGED_TASK);

		MvcTestResult result = putEntity("/entities/0/1022", null, "{\"Status\": 1}");

		assertJsonBody(result, CHANGED_TASK_JSON);
		assertThat(result).headers().hasSingleValue(HttpHeaders.ETAG, "\"7\"");
		then(this.workflow).should().markEntity(TASK, 0, "1022", AttachedEntityStatus.Done, USER, null);
	}

	@Test
	void marksTheEntityOnlyAtTheVersionIfMatchNames() {
		given(this.tasks.get(TASK)).willReturn(CHANGED_TASK);

		MvcTestResult result = putEntity("/entities/7/4986", "\"6\"", "{\"Status\": 0}");

		assertThat(result).hasStatusOk();
		then(this.workflow).should().markEntity(TASK, 7, "4986", AttachedEntityStatus.Pending, USER, Set.of(6L));
	}

	@ParameterizedTest(name = "{0} {1} -> {2}")
	@CsvSource(delimiter = '|', textBlock = """
			/entities/-1/1022      | {"Status": 1} | entityType
			/entities/product/1022 | {"Status": 1} | entityType
			/entities/0/1022       | {}            | Status
			/entities/0/1022       | {"Status": 2} | Status
			""")
	void answers400ForAnInvalidEntityOrStatusAndMarksNothing(String path, String body, String field) {
		MvcTestResult result = putEntity(path, null, body);

		assertInvalidRequest(result, field);
		then(this.workflow).shouldHaveNoInteractions();
	}

	@Test
	void answers404WhenTheTaskHasNoSuchEntity() {
		given(this.workflow.markEntity(any(), anyInt(), any(), any(), any(), any()))
			.willThrow(new AttachedEntityNotFoundException(TASK, 0, "9999"));

		MvcTestResult result = putEntity("/entities/0/9999", null, "{\"Status\": 1}");

		assertProblem(result, HttpStatus.NOT_FOUND, "not-found");
	}

	// --- GET /history

	@Test
	void answersTheActivityTrailOldestFirstInPascalCase() {
		given(this.workflow.history(TASK)).willReturn(List.of(
				new TaskHistoryEntry(OffsetDateTime.parse("2023-01-03T08:00:00Z"), "5", "Status", "New", "InProgress"),
				new TaskHistoryEntry(OffsetDateTime.parse("2023-01-03T09:30:00.25+01:00"), "admin", "Deadline", null,
						"2023-01-14T00:00:00.0000000+02:00")));

		MvcTestResult result = this.mvc.get()
			.uri(PATH + "/history")
			.header(HttpHeaders.AUTHORIZATION, USER_KEY)
			.exchange();

		assertJsonBody(result, """
				[
				  {"At": "2023-01-03T08:00:00.0000000+00:00", "UserId": "5", "Field": "Status",
				   "OldValue": "New", "NewValue": "InProgress"},
				  {"At": "2023-01-03T09:30:00.2500000+01:00", "UserId": "admin", "Field": "Deadline",
				   "OldValue": null, "NewValue": "2023-01-14T00:00:00.0000000+02:00"}
				]""");
	}

	@Test
	void answers404ForTheHistoryOfATaskThatDoesNotExist() {
		given(this.workflow.history(TASK)).willThrow(new TaskNotFoundException(TASK));

		MvcTestResult result = this.mvc.get()
			.uri(PATH + "/history")
			.header(HttpHeaders.AUTHORIZATION, USER_KEY)
			.exchange();

		assertProblem(result, HttpStatus.NOT_FOUND, "not-found");
	}

	// --- Security: any working key, admin or not

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({ "POST, /status", "POST, /claim", "POST, /unclaim", "PUT, /entities/0/1022", "GET, /history" })
	void answers401WithAChallengeWhenNoKeyIsSent(HttpMethod method, String path) {
		MvcTestResult result = this.mvc.method(method)
			.uri(PATH + path)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"Status\": 1}")
			.exchange();

		assertProblem(result, HttpStatus.UNAUTHORIZED, "unauthorized");
		assertThat(result).headers().hasValue(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"usertasks\"");
		then(this.workflow).shouldHaveNoInteractions();
		then(this.tasks).shouldHaveNoInteractions();
	}

	private MvcTestResult post(String key, String path, @Nullable String ifMatch, @Nullable String body) {
		return send(HttpMethod.POST, key, path, ifMatch, body);
	}

	private MvcTestResult putEntity(String path, @Nullable String ifMatch, String body) {
		return send(HttpMethod.PUT, USER_KEY, path, ifMatch, body);
	}

	/**
	 * A request with the key; If-Match and a JSON body only when given, as a client sends
	 * claim and unclaim without a body.
	 */
	private MvcTestResult send(HttpMethod method, String key, String path, @Nullable String ifMatch,
			@Nullable String body) {
		MockMvcTester.MockMvcRequestBuilder request = this.mvc.method(method)
			.uri(PATH + path)
			.header(HttpHeaders.AUTHORIZATION, key);
		if (ifMatch != null) {
			request.header(HttpHeaders.IF_MATCH, ifMatch);
		}
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return request.exchange();
	}

}

package org.usertasks.task;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
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
import static org.usertasks.identity.ApiKeySliceConfiguration.ADMIN;
import static org.usertasks.identity.ApiKeySliceConfiguration.ADMIN_KEY;
import static org.usertasks.identity.ApiKeySliceConfiguration.USER;
import static org.usertasks.identity.ApiKeySliceConfiguration.USER_KEY;
import static org.usertasks.system.WebSliceAssertions.assertEmptyOk;
import static org.usertasks.system.WebSliceAssertions.assertInvalidRequest;
import static org.usertasks.system.WebSliceAssertions.assertJsonBody;
import static org.usertasks.system.WebSliceAssertions.assertProblem;

/**
 * {@code /v1/usertasks} on the web layer alone: Struct's PascalCase JSON and the list's
 * parameters bound to the services' arguments, their answers written back in Struct's
 * shape with ETags and Link headers, with the real wire format, problem details and
 * security rules, and the services mocked.
 */
@WebMvcTest(TaskController.class)
@Import({ ApiKeySliceConfiguration.class, TaskJsonCache.class })
class TaskControllerTests {

	private static final UUID TASK = UUID.fromString("eb284804-a977-47f9-acda-04f3ea3bbb96");

	private static final UUID OTHER_TASK = UUID.fromString("073af031-fc72-4ade-9708-1862c353dab3");

	private static final UUID GROUP = UUID.fromString("2f8d3c4a-5b6e-4f70-8a91-b2c3d4e5f601");

	private static final UUID COMMENT = UUID.fromString("8767bfd8-195e-4370-ae74-53f99b76bd4b");

	private static final OffsetDateTime CREATED = OffsetDateTime.parse("2023-01-02T12:57:05.123456Z");

	/**
	 * Every field of Struct's UserTask filled in, as the next constant writes it; at
	 * version 3.
	 */
	private static final TaskView DESCRIPTIONS_TASK = new TaskView(
			new Task(TASK, CREATED, "3", OffsetDateTime.parse("2023-01-14T00:00:00+02:00"), "Missing descriptions",
					"Use the English texts", TaskStatus.InProgress, List.of("5", "10"), List.of(GROUP),
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
			  ],
			  "LastModified": "2023-01-03T08:00:00.0000000+00:00"
			}""";

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private TaskService tasks;

	@MockitoBean
	private TaskSearch search;

	// --- GET /v1/usertasks: Struct's list, plus filters, sort and cursor paging

	@Test
	void listsThePageAskedForInStructsShape() {
		given(this.search.page(any(TaskSearchQuery.class), any()))
			.willReturn(new TaskSearchPage(2, 100, 101, List.of(DESCRIPTIONS_TASK), null));

		MvcTestResult result = get("/v1/usertasks?page=2");

		assertJsonBody(result, """
				{"Page": 2, "PageSize": 100, "Total": 101, "UserTasks": [%s]}""".formatted(DESCRIPTIONS_TASK_JSON));
		assertThat(result).headers().doesNotContainHeader(HttpHeaders.LINK);
		then(this.search).should().page(new TaskSearchQuery(everyTask(), TaskSort.DEFAULT, 100, 2, null), USER);
	}

	@Test
	void listsTheFirstPageOfEveryTaskInStructsOrderWhenNothingIsAsked() {
		given(this.search.page(any(TaskSearchQuery.class), any()))
			.willReturn(new TaskSearchPage(1, 100, 0, List.of(), null));

		MvcTestResult result = get("/v1/usertasks");

		assertJsonBody(result, """
				{"Page": 1, "PageSize": 100, "Total": 0, "UserTasks": []}""");
		then(this.search).should().page(new TaskSearchQuery(everyTask(), TaskSort.DEFAULT, 100, 1, null), USER);
	}

	@Test
	void bindsTheListsFiltersSortAndPageSizeFromTheQueryString() {
		given(this.search.page(any(TaskSearchQuery.class), any()))
			.willReturn(new TaskSearchPage(1, 10, 0, List.of(), null));

		MvcTestResult result = get("/v1/usertasks?inbox=me&assignedUser=5&assignedUser=10&assignedUserGroup=" + GROUP
				+ "&createdBy=3&status=0&status=InProgress&deadlineBefore=2023-02-01&overdue=true"
				+ "&createdAfter=2023-01-01T00:00:00+02:00&entityType=Product&entityId=1022&q=image&sort=-deadline"
				+ "&pageSize=10");

		assertThat(result).hasStatusOk();
		then(this.search).should()
			.page(new TaskSearchQuery(new TaskFilter(true, List.of("5", "10"), List.of(GROUP), List.of("3"),
					List.of(TaskStatus.New, TaskStatus.InProgress), OffsetDateTime.parse("2023-02-01T00:00Z"), null,
					true, null, OffsetDateTime.parse("2023-01-01T00:00+02:00"), null, null, 0, List.of("1022"),
					"image"), new TaskSort(TaskSort.Key.DEADLINE, true), 10, 1, null), USER);
	}

	@Test
	void readsThePageAfterTheCursorInAfter() {
		TaskCursor cursor = new TaskCursor(TaskSort.DEFAULT, CREATED, TASK);
		given(this.search.page(any(TaskSearchQuery.class), any()))
			.willReturn(new TaskSearchPage(0, 1, 101, List.of(), null));

		MvcTestResult result = get("/v1/usertasks?pageSize=1&after=" + cursor.encode());

		assertJsonBody(result, """
				{"Page": 0, "PageSize": 1, "Total": 101, "UserTasks": []}""");
		then(this.search).should().page(new TaskSearchQuery(everyTask(), TaskSort.DEFAULT, 1, 0, cursor), USER);
	}

	@Test
	void linksToTheNextPageByCursorWithTheSameFilterSortAndPageSize() {
		TaskCursor next = new TaskCursor(TaskSort.DEFAULT, CREATED, TASK);
		given(this.search.page(any(TaskSearchQuery.class), any()))
			.willReturn(new TaskSearchPage(1, 1, 2, List.of(DESCRIPTIONS_TASK), next));

		MvcTestResult result = get("/v1/usertasks?status=InProgress&pageSize=1");

		assertThat(result).hasStatusOk();
		assertThat(result).headers()
			.hasSingleValue(HttpHeaders.LINK, "<http://localhost/v1/usertasks?status=2&sort=created&pageSize=1&after="
					+ next.encode() + ">; rel=\"next\"");
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "-1", "two" })
	void answers400ForAPageThatIsNotAPositiveInteger(String page) {
		MvcTestResult result = get("/v1/usertasks?page=" + page);

		assertInvalidRequest(result, "page");
		then(this.search).shouldHaveNoInteractions();
	}

	@Test
	void answers400NamingEveryInvalidListParameter() {
		MvcTestResult result = get("/v1/usertasks?status=9&sort=priority&pageSize=1001");

		assertInvalidRequest(result, "status", "sort", "pageSize");
		then(this.search).shouldHaveNoInteractions();
	}

	// --- POST /v1/usertasks/search: the list's parameters as a PascalCase body

	@Test
	void searchesWithTheParametersOfAPascalCaseBodyAndLinksOnWithAGet() {
		TaskCursor next = new TaskCursor(new TaskSort(TaskSort.Key.DEADLINE, true), null, TASK);
		given(this.search.page(any(TaskSearchQuery.class), any()))
			.willReturn(new TaskSearchPage(1, 1, 3, List.of(DESCRIPTIONS_TASK), next));

		MvcTestResult result = send(HttpMethod.POST, "/v1/usertasks/search",
				"{\"Inbox\": \"me\", \"Status\": [0, \"InProgress\"], \"Q\": \"image\", \"Sort\": \"-deadline\", "
						+ "\"PageSize\": 1}");

		assertJsonBody(result, """
				{"Page": 1, "PageSize": 1, "Total": 3, "UserTasks": [%s]}""".formatted(DESCRIPTIONS_TASK_JSON));
		assertThat(result).headers()
			.hasSingleValue(HttpHeaders.LINK, "<http://localhost/v1/usertasks?inbox=me&status=0&status=2&q=image"
					+ "&sort=-deadline&pageSize=1&after=" + next.encode() + ">; rel=\"next\"");
		then(this.search).should()
			.page(new TaskSearchQuery(new TaskFilter(true, List.of(), List.of(), List.of(),
					List.of(TaskStatus.New, TaskStatus.InProgress), null, null, null, null, null, null, null, null,
					List.of(), "image"), new TaskSort(TaskSort.Key.DEADLINE, true), 1, 1, null), USER);
	}

	@Test
	void answers400NamingTheInvalidSearchPropertiesAsSent() {
		MvcTestResult result = send(HttpMethod.POST, "/v1/usertasks/search",
				"{\"Status\": [9], \"Sort\": \"priority\", \"PageSize\": 0}");

		assertInvalidRequest(result, "Status", "Sort", "PageSize");
		then(this.search).shouldHaveNoInteractions();
	}

	// --- GET /v1/usertasks/count

	@Test
	void countsTheTasksTheFilterMatchesForTheCaller() {
		given(this.search.count(any(), any())).willReturn(7L);

		MvcTestResult result = get("/v1/usertasks/count?inbox=me&status=0");

		assertJsonBody(result, "{\"Total\": 7}");
		then(this.search).should()
			.count(new TaskFilter(true, List.of(), List.of(), List.of(), List.of(TaskStatus.New), null, null, null,
					null, null, null, null, null, List.of(), null), USER);
	}

	@Test
	void answers400ForACountWithAnInvalidFilter() {
		MvcTestResult result = get("/v1/usertasks/count?overdue=yes");

		assertInvalidRequest(result, "overdue");
		then(this.search).shouldHaveNoInteractions();
	}

	// --- GET /v1/usertasks/{uid}

	/** The service knows this task: its stamp, and the task when the JSON is not kept. */
	private void givenTask(TaskView view) {
		given(this.tasks.stamp(view.task().uid())).willReturn(TaskStamp.of(view.task()));
		given(this.tasks.get(view.task().uid())).willReturn(view);
	}

	@Test
	void answersATaskWithItsCommentsAndEntitiesInStructsFieldOrder() {
		givenTask(DESCRIPTIONS_TASK);

		MvcTestResult result = get("/v1/usertasks/" + TASK);

		assertJsonBody(result, DESCRIPTIONS_TASK_JSON);
		assertThat(result).headers().hasSingleValue(HttpHeaders.ETAG, "\"3\"");
	}

	@Test
	void answers304WithoutABodyWhenIfNoneMatchNamesTheCurrentETag() {
		givenTask(DESCRIPTIONS_TASK);

		MvcTestResult result = this.mvc.get()
			.uri("/v1/usertasks/" + TASK)
			.header(HttpHeaders.AUTHORIZATION, USER_KEY)
			.header(HttpHeaders.IF_NONE_MATCH, "\"3\"")
			.exchange();

		assertThat(result).hasStatus(HttpStatus.NOT_MODIFIED);
		assertThat(result).body().isEmpty();
		assertThat(result).headers().hasSingleValue(HttpHeaders.ETAG, "\"3\"");
	}

	@Test
	void answersTheTaskWhenIfNoneMatchNamesAnOlderETag() {
		givenTask(DESCRIPTIONS_TASK);

		MvcTestResult result = this.mvc.get()
			.uri("/v1/usertasks/" + TASK)
			.header(HttpHeaders.AUTHORIZATION, USER_KEY)
			.header(HttpHeaders.IF_NONE_MATCH, "\"2\"")
			.exchange();

		assertJsonBody(result, DESCRIPTIONS_TASK_JSON);
		assertThat(result).headers().hasSingleValue(HttpHeaders.ETAG, "\"3\"");
	}

	@Test
	void writesFieldsATaskLacksAsNullAndListsItLacksAsEmpty() {
		Task bare = new Task(TASK, OffsetDateTime.parse("2023-01-02T12:00:00Z"), "3", null, null, null, TaskStatus.New,
				List.of(), List.of(), List.of(), OffsetDateTime.parse("2023-01-02T12:00:00Z"), 1);
		givenTask(new TaskView(bare, List.of()));

		MvcTestResult result = get("/v1/usertasks/" + TASK);

		assertJsonBody(result, """
				{"Uid": "eb284804-a977-47f9-acda-04f3ea3bbb96", "Created": "2023-01-02T12:00:00.0000000+00:00",
				 "CreatedBy": "3", "Deadline": null, "Title": null, "Description": null, "Status": 0,
				 "AssignedUsers": [], "AssignedUserGroups": [], "Comments": [], "AttachedEntities": [],
				 "LastModified": "2023-01-02T12:00:00.0000000+00:00"}""");
	}

	@Test
	void answers404WhenNoTaskHasTheUid() {
		given(this.tasks.stamp(TASK)).willThrow(new TaskNotFoundException(TASK));

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
		given(this.tasks.create(any(), any(), any())).willReturn(DESCRIPTIONS_TASK.task());

		MvcTestResult result = send(HttpMethod.POST, "/v1/usertasks", body);

		assertEmptyOk(result);
		assertThat(result).headers().hasSingleValue(HttpHeaders.ETAG, "\"3\"");
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
		given(this.tasks.create(any(), any(), any())).willReturn(version(1));

		MvcTestResult result = send(HttpMethod.POST, "/v1/usertasks", "{}");

		assertEmptyOk(result);
		assertThat(result).headers().hasSingleValue(HttpHeaders.ETAG, "\"1\"");
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
		given(this.tasks.update(any(), any(), any(), any())).willReturn(version(4));

		MvcTestResult result = send(HttpMethod.PUT, "/v1/usertasks", body);

		assertEmptyOk(result);
		assertThat(result).headers().hasSingleValue(HttpHeaders.ETAG, "\"4\"");
		then(this.tasks).should()
			.update(TASK, new TaskContent("Missing descriptions", null, null, TaskStatus.Completed, List.of("10"),
					List.of(), List.of(new TaskContent.EntityReference(2, "55", null))), USER, null);
	}

	@Test
	void updatesOnlyAtTheVersionsIfMatchNamesAsTheCallerBehindTheKey() {
		given(this.tasks.update(any(), any(), any(), any())).willReturn(version(6));

		MvcTestResult result = this.mvc.put()
			.uri("/v1/usertasks")
			.header(HttpHeaders.AUTHORIZATION, ADMIN_KEY)
			.header(HttpHeaders.IF_MATCH, "\"3\", \"5\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"Uid\": \"" + TASK + "\", \"Title\": \"Checked\"}")
			.exchange();

		assertEmptyOk(result);
		assertThat(result).headers().hasSingleValue(HttpHeaders.ETAG, "\"6\"");
		then(this.tasks).should()
			.update(TASK, new TaskContent("Checked", null, null, null, List.of(), List.of(), List.of()), ADMIN,
					Set.of(3L, 5L));
	}

	@Test
	void answers412WithTheCurrentETagWhenIfMatchNamesAStaleVersion() {
		given(this.tasks.update(any(), any(), any(), any())).willThrow(new TaskVersionConflictException(TASK, 4));

		MvcTestResult result = this.mvc.put()
			.uri("/v1/usertasks")
			.header(HttpHeaders.AUTHORIZATION, USER_KEY)
			.header(HttpHeaders.IF_MATCH, "\"3\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"Uid\": \"" + TASK + "\"}")
			.exchange();

		assertProblem(result, HttpStatus.PRECONDITION_FAILED, "precondition-failed").extractingPath("$.currentETag")
			.isEqualTo("\"4\"");
		assertThat(result).headers().hasSingleValue(HttpHeaders.ETAG, "\"4\"");
	}

	@Test
	void answers404WhenUpdatingATaskThatDoesNotExist() {
		willThrow(new TaskNotFoundException(TASK)).given(this.tasks).update(any(), any(), any(), any());

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
		then(this.tasks).should().delete(TASK, USER, null);
	}

	@Test
	void deletesOnlyAtTheVersionIfMatchNames() {
		MvcTestResult result = this.mvc.delete()
			.uri("/v1/usertasks/" + TASK)
			.header(HttpHeaders.AUTHORIZATION, USER_KEY)
			.header(HttpHeaders.IF_MATCH, "\"3\"")
			.exchange();

		assertEmptyOk(result);
		then(this.tasks).should().delete(TASK, USER, Set.of(3L));
	}

	@Test
	void answers412WhenDeletingAVersionThatIsNoLongerCurrent() {
		willThrow(new TaskVersionConflictException(TASK, 4)).given(this.tasks).delete(TASK, USER, Set.of(3L));

		MvcTestResult result = this.mvc.delete()
			.uri("/v1/usertasks/" + TASK)
			.header(HttpHeaders.AUTHORIZATION, USER_KEY)
			.header(HttpHeaders.IF_MATCH, "\"3\"")
			.exchange();

		assertProblem(result, HttpStatus.PRECONDITION_FAILED, "precondition-failed").extractingPath("$.currentETag")
			.isEqualTo("\"4\"");
	}

	@Test
	void answers404WhenDeletingATaskThatDoesNotExist() {
		willThrow(new TaskNotFoundException(TASK)).given(this.tasks).delete(TASK, USER, null);

		MvcTestResult result = delete("/v1/usertasks/" + TASK);

		assertProblem(result, HttpStatus.NOT_FOUND, "not-found");
	}

	// --- Security: any working key, admin or not

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({ "GET, /v1/usertasks", "POST, /v1/usertasks/search", "GET, /v1/usertasks/count",
			"GET, /v1/usertasks/eb284804-a977-47f9-acda-04f3ea3bbb96", "POST, /v1/usertasks", "PUT, /v1/usertasks",
			"POST, /v1/usertasks/batch", "DELETE, /v1/usertasks/eb284804-a977-47f9-acda-04f3ea3bbb96" })
	void answers401WithAChallengeWhenNoKeyIsSent(HttpMethod method, String path) {
		MvcTestResult result = this.mvc.method(method).uri(path).contentType(MediaType.APPLICATION_JSON).exchange();

		assertProblem(result, HttpStatus.UNAUTHORIZED, "unauthorized");
		assertThat(result).headers().hasValue(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"usertasks\"");
		then(this.tasks).shouldHaveNoInteractions();
		then(this.search).shouldHaveNoInteractions();
	}

	@Test
	void answers401ForAKeyThatDoesNotAuthenticate() {
		MvcTestResult result = this.mvc.get()
			.uri("/v1/usertasks")
			.header(HttpHeaders.AUTHORIZATION, "revoked-key")
			.exchange();

		assertProblem(result, HttpStatus.UNAUTHORIZED, "unauthorized");
		then(this.search).shouldHaveNoInteractions();
	}

	/** The filter of a list request without filter parameters. */
	private static TaskFilter everyTask() {
		return new TaskFilter(false, List.of(), List.of(), List.of(), List.of(), null, null, null, null, null, null,
				null, null, List.of(), null);
	}

	/** A task as the service answers it after a change: only its version matters here. */
	private static Task version(long version) {
		Task task = DESCRIPTIONS_TASK.task();
		return new Task(task.uid(), task.created(), task.createdBy(), task.deadline(), task.title(), task.description(),
				task.status(), task.assignedUsers(), task.assignedUserGroups(), task.attachedEntities(),
				task.lastModified(), version);
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

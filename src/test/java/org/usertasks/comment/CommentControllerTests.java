package org.usertasks.comment;

import java.util.Set;
import java.util.UUID;

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
import org.usertasks.system.StaleVersionException;
import org.usertasks.task.TaskNotFoundException;

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
import static org.usertasks.system.WebSliceAssertions.assertProblem;

/**
 * {@code /v1/usertasks/{uid}/comments} on the web layer alone: the task from the path,
 * the comment from a PascalCase body or the query, the caller from the key and the
 * versions from If-Match reach the service; its refusals come back as problem details.
 * The service is mocked.
 */
@WebMvcTest(CommentController.class)
@Import(ApiKeySliceConfiguration.class)
class CommentControllerTests {

	private static final UUID TASK = UUID.fromString("eb284804-a977-47f9-acda-04f3ea3bbb96");

	private static final UUID COMMENT = UUID.fromString("8767bfd8-195e-4370-ae74-53f99b76bd4b");

	private static final UUID OTHER_COMMENT = UUID.fromString("5d0c1b7e-3a51-4c8e-9f2a-6b7d8e9f0a1b");

	private static final String COMMENTS = "/v1/usertasks/" + TASK + "/comments";

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private CommentService comments;

	// --- POST: add

	@Test
	void addsCommentToTheTaskInThePathAsTheCaller() {
		MvcTestResult result = send(HttpMethod.POST, USER_KEY,
				"{\"Uid\": \"" + COMMENT + "\", \"Comment\": \"Is LanguageWire okay?\"}");

		assertEmptyOk(result);
		then(this.comments).should().add(TASK, COMMENT, "Is LanguageWire okay?", USER, null);
	}

	@Test
	void addsCommentWithoutUidSoThatTheServiceChoosesOne() {
		MvcTestResult result = send(HttpMethod.POST, ADMIN_KEY, "{\"Comment\": \"Done\"}");

		assertEmptyOk(result);
		then(this.comments).should().add(TASK, null, "Done", ADMIN, null);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			{}                                       | Comment
			{"Comment": "   "}                       | Comment
			{"Comment": "%100001"}                   | Comment
			{"Uid": "comment-1", "Comment": "Done"}  | Uid
			""")
	void answers400NamingTheInvalidFieldAndAddsNothing(String body, String field) {
		MvcTestResult result = send(HttpMethod.POST, USER_KEY, body.replace("%100001", "x".repeat(100_001)));

		assertInvalidRequest(result, field);
		then(this.comments).shouldHaveNoInteractions();
	}

	@Test
	void acceptsACommentOfTheLongestLength() {
		MvcTestResult result = send(HttpMethod.POST, USER_KEY, "{\"Comment\": \"" + "x".repeat(100_000) + "\"}");

		assertEmptyOk(result);
		then(this.comments).should().add(TASK, null, "x".repeat(100_000), USER, null);
	}

	@Test
	void answers404WhenAddingToATaskThatDoesNotExist() {
		given(this.comments.add(any(), any(), any(), any(), any())).willThrow(new TaskNotFoundException(TASK));

		MvcTestResult result = send(HttpMethod.POST, USER_KEY, "{\"Comment\": \"Done\"}");

		assertProblem(result, HttpStatus.NOT_FOUND, "not-found");
	}

	@Test
	void answers409WhenTheCommentUidIsTaken() {
		given(this.comments.add(any(), any(), any(), any(), any()))
			.willThrow(new CommentAlreadyExistsException(COMMENT));

		MvcTestResult result = send(HttpMethod.POST, USER_KEY, "{\"Uid\": \"" + COMMENT + "\", \"Comment\": \"Done\"}");

		assertProblem(result, HttpStatus.CONFLICT, "already-exists");
	}

	@Test
	void answers400ForATaskUidThatIsNotAUuid() {
		MvcTestResult result = this.mvc.post()
			.uri("/v1/usertasks/task-1/comments")
			.header(HttpHeaders.AUTHORIZATION, USER_KEY)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"Comment\": \"Done\"}")
			.exchange();

		assertInvalidRequest(result, "uid");
		then(this.comments).shouldHaveNoInteractions();
	}

	// --- PUT: edit

	@ParameterizedTest
	@ValueSource(strings = { USER_KEY, ADMIN_KEY })
	void editsTheCommentAsTheCallerBehindTheKey(String key) {
		MvcTestResult result = send(HttpMethod.PUT, key,
				"{\"Uid\": \"" + COMMENT + "\", \"Comment\": \"Use DeepL instead\"}");

		assertEmptyOk(result);
		then(this.comments).should()
			.edit(TASK, COMMENT, "Use DeepL instead", USER_KEY.equals(key) ? USER : ADMIN, null);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			{"Comment": "Use DeepL instead"}                               | Uid
			{"Uid": "8767bfd8-195e-4370-ae74-53f99b76bd4b", "Comment": ""} | Comment
			""")
	void answers400NamingTheInvalidFieldAndEditsNothing(String body, String field) {
		MvcTestResult result = send(HttpMethod.PUT, USER_KEY, body);

		assertInvalidRequest(result, field);
		then(this.comments).shouldHaveNoInteractions();
	}

	@Test
	void answers403WhenTheCallerMayNotEditTheComment() {
		willThrow(new NotPermittedException("Only the comment's author or an admin may edit it.")).given(this.comments)
			.edit(any(), any(), any(), any(), any());

		MvcTestResult result = send(HttpMethod.PUT, USER_KEY, "{\"Uid\": \"" + COMMENT + "\", \"Comment\": \"Mine\"}");

		assertProblem(result, HttpStatus.FORBIDDEN, "forbidden").extractingPath("$.detail")
			.isEqualTo("Only the comment's author or an admin may edit it.");
	}

	@Test
	void answers404WhenEditingACommentTheTaskDoesNotHave() {
		willThrow(new CommentNotFoundException(TASK, COMMENT)).given(this.comments)
			.edit(any(), any(), any(), any(), any());

		MvcTestResult result = send(HttpMethod.PUT, USER_KEY, "{\"Uid\": \"" + COMMENT + "\", \"Comment\": \"Mine\"}");

		assertProblem(result, HttpStatus.NOT_FOUND, "not-found");
	}

	// --- DELETE ?commentUid= (or ?commentId=)

	@ParameterizedTest
	@ValueSource(strings = { "commentUid", "commentId" })
	void deletesTheCommentNamedInTheQuery(String parameter) {
		MvcTestResult result = delete(COMMENTS + "?" + parameter + "=" + COMMENT);

		assertEmptyOk(result);
		then(this.comments).should().delete(TASK, COMMENT, USER, null);
	}

	@Test
	void prefersCommentUidWhenBothParametersAreGiven() {
		MvcTestResult result = delete(COMMENTS + "?commentId=" + OTHER_COMMENT + "&commentUid=" + COMMENT);

		assertEmptyOk(result);
		then(this.comments).should().delete(TASK, COMMENT, USER, null);
	}

	@Test
	void answers400WhenTheQueryNamesNoComment() {
		MvcTestResult result = delete(COMMENTS);

		assertInvalidRequest(result, "commentUid");
		then(this.comments).shouldHaveNoInteractions();
	}

	@Test
	void answers400ForACommentUidThatIsNotAUuid() {
		MvcTestResult result = delete(COMMENTS + "?commentUid=comment-1");

		assertInvalidRequest(result, "commentUid");
		then(this.comments).shouldHaveNoInteractions();
	}

	@Test
	void answers403WhenTheCallerMayNotDeleteTheComment() {
		willThrow(new NotPermittedException("System-generated comments cannot be changed; cannot delete it."))
			.given(this.comments)
			.delete(TASK, COMMENT, USER, null);

		MvcTestResult result = delete(COMMENTS + "?commentUid=" + COMMENT);

		assertProblem(result, HttpStatus.FORBIDDEN, "forbidden");
	}

	// --- If-Match: only while the task is at a version the client read

	@Test
	void addsOnlyAtTheVersionsIfMatchNames() {
		MvcTestResult result = this.mvc.post()
			.uri(COMMENTS)
			.header(HttpHeaders.AUTHORIZATION, USER_KEY)
			.header(HttpHeaders.IF_MATCH, "\"3\", \"4\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"Comment\": \"Done\"}")
			.exchange();

		assertEmptyOk(result);
		then(this.comments).should().add(TASK, null, "Done", USER, Set.of(3L, 4L));
	}

	@Test
	void editsOnlyAtTheVersionIfMatchNames() {
		MvcTestResult result = this.mvc.put()
			.uri(COMMENTS)
			.header(HttpHeaders.AUTHORIZATION, ADMIN_KEY)
			.header(HttpHeaders.IF_MATCH, "\"3\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"Uid\": \"" + COMMENT + "\", \"Comment\": \"Use DeepL instead\"}")
			.exchange();

		assertEmptyOk(result);
		then(this.comments).should().edit(TASK, COMMENT, "Use DeepL instead", ADMIN, Set.of(3L));
	}

	@Test
	void deletesOnlyAtTheVersionIfMatchNames() {
		MvcTestResult result = this.mvc.delete()
			.uri(COMMENTS + "?commentUid=" + COMMENT)
			.header(HttpHeaders.AUTHORIZATION, USER_KEY)
			.header(HttpHeaders.IF_MATCH, "\"3\"")
			.exchange();

		assertEmptyOk(result);
		then(this.comments).should().delete(TASK, COMMENT, USER, Set.of(3L));
	}

	@Test
	void answers412WithTheTasksCurrentETagWhenIfMatchNamesAStaleVersion() {
		// The task's own exception cannot be built outside its package; the handler
		// answers for the kind.
		StaleVersionException stale = new StaleVersionException("Task '" + TASK + "' has changed since you read it.",
				4) {
		};
		given(this.comments.add(any(), any(), any(), any(), any())).willThrow(stale);

		MvcTestResult result = this.mvc.post()
			.uri(COMMENTS)
			.header(HttpHeaders.AUTHORIZATION, USER_KEY)
			.header(HttpHeaders.IF_MATCH, "\"3\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"Comment\": \"Done\"}")
			.exchange();

		assertProblem(result, HttpStatus.PRECONDITION_FAILED, "precondition-failed").extractingPath("$.currentETag")
			.isEqualTo("\"4\"");
		assertThat(result).headers().hasSingleValue(HttpHeaders.ETAG, "\"4\"");
	}

	// --- Security: any working key, admin or not

	@ParameterizedTest
	@ValueSource(strings = { "POST", "PUT", "DELETE" })
	void answers401WithAChallengeWhenNoKeyIsSent(HttpMethod method) {
		MvcTestResult result = this.mvc.method(method)
			.uri(COMMENTS + "?commentUid=" + COMMENT)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"Uid\": \"" + COMMENT + "\", \"Comment\": \"Done\"}")
			.exchange();

		assertProblem(result, HttpStatus.UNAUTHORIZED, "unauthorized");
		assertThat(result).headers().hasValue(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"usertasks\"");
		then(this.comments).shouldHaveNoInteractions();
	}

	private MvcTestResult send(HttpMethod method, String key, String body) {
		return this.mvc.method(method)
			.uri(COMMENTS)
			.header(HttpHeaders.AUTHORIZATION, key)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

	private MvcTestResult delete(String pathAndQuery) {
		return this.mvc.delete().uri(pathAndQuery).header(HttpHeaders.AUTHORIZATION, USER_KEY).exchange();
	}

}

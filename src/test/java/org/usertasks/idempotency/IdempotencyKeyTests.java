package org.usertasks.idempotency;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.usertasks.ApiClient;
import org.usertasks.task.TaskApiTestSupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;
import static org.usertasks.ApiClient.parse;

/**
 * The {@code Idempotency-Key} header on POST endpoints, end to end: the first request
 * acts and its answer is kept per caller; a retry of the same request gets that answer
 * again without acting twice; the same key with another request is refused.
 */
@Import(IdempotencyKeyTests.TestEndpoints.class)
class IdempotencyKeyTests extends TaskApiTestSupport {

	private static final String REPLAYED = "Idempotent-Replayed";

	/** Fails with a 500 on its first call; see {@link Endpoints}. */
	private static final String FLAKY = "/v1/test/flaky";

	/** Answers once the test releases it; see {@link Endpoints}. */
	private static final String HELD = "/v1/test/held";

	@Autowired
	private Endpoints endpoints;

	@Autowired
	private IdempotencyCleanup cleanup;

	private String annsKey;

	private ApiClient ann;

	private String taskUid;

	@BeforeEach
	void noKeptAnswersAUserAndATask() {
		this.jdbc.sql("delete from idempotency_key").update();
		this.endpoints.reset();
		createUser("5", "Ann", "Lee");
		this.annsKey = createKey("5", false);
		this.ann = this.admin.as(this.annsKey);
		this.taskUid = createTask("Check prices");
	}

	// --- acting once, answering again

	@Test
	void aCommentPostedTwiceWithTheSameKeyIsAddedOnceAndTheRetryIsAnsweredAsTheFirst() {
		String path = comments(this.taskUid);
		String body = "{\"Comment\": \"Prices checked.\"}";

		ApiClient.Response first = post(this.ann, path, body, "comment-1");
		ApiClient.Response retry = post(this.ann, path, body, "comment-1");

		assertThat(first.status()).as(first.body()).isEqualTo(200);
		assertThat(first.header(REPLAYED)).isNull();
		assertThat(retry.status()).isEqualTo(200);
		assertThat(retry.body()).isEqualTo(first.body()).isEmpty();
		assertThat(retry.header(REPLAYED)).isEqualTo("true");
		assertThat(task(this.taskUid).get("Comments").size()).isOne();
	}

	@Test
	void aRetriedStatusChangeAnswersTheTaskAsTheFirstRequestLeftItAndDoesNotActAgain() {
		String path = "/v1/usertasks/" + this.taskUid + "/status";
		ApiClient.Response first = post(this.ann, path, "{\"Status\": 2}", "status-1");
		this.admin.post(path, "{\"Status\": 4}");

		ApiClient.Response retry = post(this.ann, path, "{\"Status\": 2}", "status-1");

		assertThat(first.status()).as(first.body()).isEqualTo(200);
		assertThat(retry.status()).isEqualTo(200);
		assertThat(retry.header(REPLAYED)).isEqualTo("true");
		assertThat(retry.contentType()).isEqualTo(first.contentType());
		assertThat(retry.json()).isEqualTo(first.json());
		assertThat(retry.json().get("Status").asInt()).isEqualTo(2);
		assertThat(task(this.taskUid).get("Status").asInt()).isEqualTo(4);
		assertThat(historyFields(this.taskUid)).containsExactly("Status", "Status");
	}

	@Test
	void aRetriedClaimAnswersTheClaimAgainWithoutClaimingAnew() {
		String editors = createGroup("Editors");
		createUser("20", "Bob", "Ray", editors);
		ApiClient bob = this.admin.as(createKey("20", false));
		putTask("{\"Uid\": \"%s\", \"Title\": \"Check prices\", \"AssignedUserGroups\": [\"%s\"]}"
			.formatted(this.taskUid, editors));
		String claim = "/v1/usertasks/" + this.taskUid + "/claim";
		ApiClient.Response first = post(bob, claim, "", "claim-1");
		assertThat(bob.post("/v1/usertasks/" + this.taskUid + "/unclaim", "").status()).isEqualTo(200);

		ApiClient.Response retry = post(bob, claim, "", "claim-1");

		assertThat(first.status()).as(first.body()).isEqualTo(200);
		assertThat(first.json().get("AssignedUsers")).isEqualTo(parse("[\"20\"]"));
		assertThat(retry.header(REPLAYED)).isEqualTo("true");
		assertThat(retry.json()).isEqualTo(first.json());
		assertThat(task(this.taskUid).get("AssignedUsers").isEmpty()).isTrue();
	}

	@Test
	void aRetriedBulkActionAnswersTheSameResultsAndActsOnEachTaskOnce() {
		String other = createTask("Check stock");
		String body = "{\"Action\": \"comment\", \"Uids\": [\"%s\", \"%s\"], \"Comment\": \"Done.\"}"
			.formatted(this.taskUid, other);

		ApiClient.Response first = post(this.ann, "/v1/usertasks/bulk", body, "bulk-1");
		ApiClient.Response retry = post(this.ann, "/v1/usertasks/bulk", body, "bulk-1");

		assertThat(first.status()).as(first.body()).isEqualTo(200);
		assertThat(retry.status()).isEqualTo(200);
		assertThat(retry.header(REPLAYED)).isEqualTo("true");
		assertThat(retry.json()).isEqualTo(first.json());
		assertThat(task(this.taskUid).get("Comments").size()).isOne();
		assertThat(task(other).get("Comments").size()).isOne();
	}

	@Test
	void aRetriedCreateWithoutUidCreatesOneTask() {
		String body = "{\"Title\": \"Translate descriptions\"}";

		ApiClient.Response first = post(this.ann, "/v1/usertasks", body, "create-1");
		ApiClient.Response retry = post(this.ann, "/v1/usertasks", body, "create-1");

		assertThat(first.status()).as(first.body()).isEqualTo(200);
		assertThat(retry.status()).isEqualTo(200);
		assertThat(retry.header(REPLAYED)).isEqualTo("true");
		assertThat(total()).isEqualTo(2);
	}

	@Test
	void aRetriedBatchAnswersTheTasksAsTheyWereTheFirstTime() {
		String body = "[\"" + this.taskUid + "\"]";
		ApiClient.Response first = post(this.ann, "/v1/usertasks/batch", body, "batch-1");
		putTask("{\"Uid\": \"%s\", \"Title\": \"Check prices again\"}".formatted(this.taskUid));

		ApiClient.Response retry = post(this.ann, "/v1/usertasks/batch", body, "batch-1");

		assertThat(first.status()).as(first.body()).isEqualTo(200);
		assertThat(first.json().get(0).get("Title").asString()).isEqualTo("Check prices");
		assertThat(retry.header(REPLAYED)).isEqualTo("true");
		assertThat(retry.json()).isEqualTo(first.json());
	}

	@Test
	void aClientErrorIsKeptAndAnsweredAgainEvenOnceTheRequestCouldSucceed() {
		String uid = UUID.randomUUID().toString();
		String path = "/v1/usertasks/" + uid + "/status";
		ApiClient.Response first = post(this.ann, path, "{\"Status\": 2}", "missing-1");
		postTask("{\"Uid\": \"" + uid + "\", \"Title\": \"Created later\"}");

		ApiClient.Response retry = post(this.ann, path, "{\"Status\": 2}", "missing-1");

		assertProblem(first, 404, "not-found");
		assertProblem(retry, 404, "not-found");
		assertThat(retry.header(REPLAYED)).isEqualTo("true");
		assertThat(retry.json()).isEqualTo(first.json());
		assertThat(task(uid).get("Status").asInt()).isZero();
	}

	@Test
	void aServerErrorIsNotKeptSoTheRetryActsForReal() {
		ApiClient.Response first = post(this.ann, FLAKY, "{}", "flaky-1");

		ApiClient.Response retry = post(this.ann, FLAKY, "{}", "flaky-1");
		ApiClient.Response again = post(this.ann, FLAKY, "{}", "flaky-1");

		assertProblem(first, 500, "internal-error");
		assertThat(retry.status()).as(retry.body()).isEqualTo(200);
		assertThat(retry.header(REPLAYED)).isNull();
		assertThat(retry.json()).isEqualTo(parse("{\"Call\": 2}"));
		assertThat(again.header(REPLAYED)).isEqualTo("true");
		assertThat(again.json()).isEqualTo(parse("{\"Call\": 2}"));
		assertThat(this.endpoints.flakyCalls).hasValue(2);
	}

	// --- the same key for another request

	@Test
	void theSameKeyWithAnotherBodyAnswers422AndDoesNotAct() {
		String path = comments(this.taskUid);
		post(this.ann, path, "{\"Comment\": \"Prices checked.\"}", "reused-1");

		ApiClient.Response response = post(this.ann, path, "{\"Comment\": \"Stock checked.\"}", "reused-1");

		assertProblem(response, 422, "idempotency-key-reused");
		assertThat(response.header(REPLAYED)).isNull();
		assertThat(task(this.taskUid).get("Comments").size()).isOne();
	}

	@Test
	void theSameKeyOnAnotherPathAnswers422AndDoesNotAct() {
		String other = createTask("Check stock");
		String body = "{\"Comment\": \"Prices checked.\"}";
		post(this.ann, comments(this.taskUid), body, "reused-2");

		ApiClient.Response response = post(this.ann, comments(other), body, "reused-2");

		assertProblem(response, 422, "idempotency-key-reused");
		assertThat(response.json().get("instance").asString()).isEqualTo(comments(other));
		assertThat(task(other).get("Comments").isEmpty()).isTrue();
	}

	@Test
	void keysBelongToTheirCallerSoAnotherUsersSameKeyActsAnew() {
		ApiClient bob = clientOf("20", "Bob", "Ray");
		String path = comments(this.taskUid);
		String body = "{\"Comment\": \"Prices checked.\"}";
		post(this.ann, path, body, "shared-1");

		ApiClient.Response bobs = post(bob, path, body, "shared-1");

		assertThat(bobs.status()).as(bobs.body()).isEqualTo(200);
		assertThat(bobs.header(REPLAYED)).isNull();
		List<String> authors = new ArrayList<>();
		task(this.taskUid).get("Comments").values().forEach((comment) -> authors.add(comment.get("UserId").asString()));
		assertThat(authors).containsExactlyInAnyOrder("5", "20");
	}

	// --- the key itself

	@Test
	void aKeyOfTwoHundredCharactersIsAccepted() {
		String key = "k".repeat(200);

		ApiClient.Response first = post(this.ann, comments(this.taskUid), "{\"Comment\": \"Long key.\"}", key);
		ApiClient.Response retry = post(this.ann, comments(this.taskUid), "{\"Comment\": \"Long key.\"}", key);

		assertThat(first.status()).as(first.body()).isEqualTo(200);
		assertThat(retry.header(REPLAYED)).isEqualTo("true");
		assertThat(task(this.taskUid).get("Comments").size()).isOne();
	}

	@Test
	void aKeyLongerThanTwoHundredCharactersAnswers400AndDoesNotAct() {
		String key = "k".repeat(201);

		ApiClient.Response response = post(this.ann, comments(this.taskUid), "{\"Comment\": \"Too long.\"}", key);

		assertProblem(response, 400, "invalid-request");
		assertThat(response.json().get("detail").asString()).contains("Idempotency-Key").contains("200");
		assertThat(task(this.taskUid).get("Comments").isEmpty()).isTrue();
		assertThat(keptKeys()).isEmpty();
	}

	@Test
	void aBlankKeyAnswers400AndDoesNotAct() {
		ApiClient.Response empty = post(this.ann, comments(this.taskUid), "{\"Comment\": \"No key.\"}", "");
		ApiClient.Response blank = post(this.ann, comments(this.taskUid), "{\"Comment\": \"No key.\"}", "   ");

		assertProblem(empty, 400, "invalid-request");
		assertProblem(blank, 400, "invalid-request");
		assertThat(task(this.taskUid).get("Comments").isEmpty()).isTrue();
		assertThat(keptKeys()).isEmpty();
	}

	@Test
	void withoutTheHeaderEveryRequestActsAsBefore() {
		String body = "{\"Comment\": \"Prices checked.\"}";

		ApiClient.Response first = this.ann.post(comments(this.taskUid), body);
		ApiClient.Response second = this.ann.post(comments(this.taskUid), body);

		assertThat(first.status()).isEqualTo(200);
		assertThat(second.status()).isEqualTo(200);
		assertThat(second.header(REPLAYED)).isNull();
		assertThat(task(this.taskUid).get("Comments").size()).isEqualTo(2);
		assertThat(keptKeys()).isEmpty();
	}

	@Test
	void anUnauthenticatedRequestAnswers401AndKeepsNothing() {
		ApiClient.Response response = post(this.admin.as(null), comments(this.taskUid), "{\"Comment\": \"Hi.\"}",
				"anonymous-1");

		assertProblem(response, 401, "unauthorized");
		assertThat(keptKeys()).isEmpty();
	}

	// --- retention

	@Test
	void aRetryWithinTheRetentionIsStillAnsweredAgain() {
		String body = "{\"Comment\": \"Prices checked.\"}";
		post(this.ann, comments(this.taskUid), body, "kept-1");
		this.clock.advance(Duration.ofHours(24));

		ApiClient.Response retry = post(this.ann, comments(this.taskUid), body, "kept-1");

		assertThat(retry.header(REPLAYED)).isEqualTo("true");
		assertThat(task(this.taskUid).get("Comments").size()).isOne();
	}

	@Test
	void afterTheRetentionTheSameKeyActsAnew() {
		String body = "{\"Comment\": \"Prices checked.\"}";
		post(this.ann, comments(this.taskUid), body, "expired-1");
		this.clock.advance(Duration.ofHours(24).plusSeconds(1));

		ApiClient.Response later = post(this.ann, comments(this.taskUid), body, "expired-1");
		ApiClient.Response retry = post(this.ann, comments(this.taskUid), body, "expired-1");

		assertThat(later.status()).as(later.body()).isEqualTo(200);
		assertThat(later.header(REPLAYED)).isNull();
		assertThat(retry.header(REPLAYED)).isEqualTo("true");
		assertThat(task(this.taskUid).get("Comments").size()).isEqualTo(2);
	}

	@Test
	void afterTheRetentionAnotherRequestMayUseTheKey() {
		post(this.ann, comments(this.taskUid), "{\"Comment\": \"Prices checked.\"}", "expired-2");
		this.clock.advance(Duration.ofHours(25));

		ApiClient.Response other = post(this.ann, comments(this.taskUid), "{\"Comment\": \"Stock checked.\"}",
				"expired-2");

		assertThat(other.status()).as(other.body()).isEqualTo(200);
		assertThat(task(this.taskUid).get("Comments").size()).isEqualTo(2);
	}

	@Test
	void theCleanupForgetsAnswersPastTheRetentionAndKeepsTheOthers() {
		String body = "{\"Comment\": \"Prices checked.\"}";
		post(this.ann, comments(this.taskUid), body, "old");
		this.clock.advance(Duration.ofHours(20));
		post(this.ann, comments(this.taskUid), body, "recent");
		this.clock.advance(Duration.ofHours(4).plusSeconds(1));

		this.cleanup.forgetExpired();

		assertThat(keptKeys()).containsExactly("recent");
		assertThat(post(this.ann, comments(this.taskUid), body, "recent").header(REPLAYED)).isEqualTo("true");
	}

	// --- concurrent first requests

	@Test
	void aRetryWhileTheFirstRequestIsStillHandledAnswers409AndTheFirstIsKept() throws Exception {
		ExecutorService executor = Executors.newSingleThreadExecutor();
		try {
			Future<ApiClient.Response> first = executor.submit(() -> post(this.ann, HELD, "{}", "held-1"));
			assertThat(this.endpoints.entered.await(30, TimeUnit.SECONDS)).isTrue();

			ApiClient.Response whileHeld = post(this.ann, HELD, "{}", "held-1");
			this.endpoints.released.countDown();
			ApiClient.Response firstAnswer = first.get(30, TimeUnit.SECONDS);
			ApiClient.Response afterwards = post(this.ann, HELD, "{}", "held-1");

			assertProblem(whileHeld, 409, "conflict");
			assertThat(whileHeld.json().get("reason").asString()).isEqualTo("idempotency-key-in-progress");
			assertThat(firstAnswer.status()).as(firstAnswer.body()).isEqualTo(200);
			assertThat(firstAnswer.json()).isEqualTo(parse("{\"Call\": 1}"));
			assertThat(afterwards.header(REPLAYED)).isEqualTo("true");
			assertThat(afterwards.json()).isEqualTo(parse("{\"Call\": 1}"));
			assertThat(this.endpoints.heldCalls).hasValue(1);
		}
		finally {
			this.endpoints.released.countDown();
			executor.shutdownNow();
		}
	}

	@Test
	void twoConcurrentFirstRequestsWithTheSameKeyActOnce() throws Exception {
		ExecutorService executor = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 10; round++) {
				String uid = createTask("Race " + round);
				String key = "race-" + round;
				CyclicBarrier start = new CyclicBarrier(2);
				List<Future<ApiClient.Response>> sent = new ArrayList<>();
				for (int client = 0; client < 2; client++) {
					ApiClient own = this.admin.as(this.annsKey);
					sent.add(executor.submit(() -> {
						start.await(30, TimeUnit.SECONDS);
						return post(own, comments(uid), "{\"Comment\": \"Mine.\"}", key);
					}));
				}

				List<ApiClient.Response> answers = new ArrayList<>();
				for (Future<ApiClient.Response> answer : sent) {
					answers.add(answer.get(30, TimeUnit.SECONDS));
				}

				assertThat(answers).filteredOn((answer) -> answer.status() == 200 && answer.header(REPLAYED) == null)
					.hasSize(1);
				assertThat(answers).allSatisfy((answer) -> {
					if (answer.status() == 409) {
						assertThat(answer.json().get("reason").asString()).isEqualTo("idempotency-key-in-progress");
					}
					else {
						assertThat(answer.status()).as(answer.body()).isEqualTo(200);
					}
				});
				assertThat(task(uid).get("Comments").size()).as("round " + round).isOne();
			}
		}
		finally {
			executor.shutdownNow();
		}
	}

	// --- helpers

	private static ApiClient.Response post(ApiClient client, String path, String json, String key) {
		HttpRequest.Builder request = client.request(path)
			.header("Content-Type", "application/json")
			.header("Idempotency-Key", key)
			.POST(HttpRequest.BodyPublishers.ofString(json));
		return client.send(request);
	}

	private static String comments(String taskUid) {
		return "/v1/usertasks/" + taskUid + "/comments";
	}

	private List<String> historyFields(String uid) {
		List<String> fields = new ArrayList<>();
		this.admin.get("/v1/usertasks/" + uid + "/history")
			.json()
			.values()
			.forEach((entry) -> fields.add(entry.get("Field").asString()));
		return fields;
	}

	private List<String> keptKeys() {
		return this.jdbc.sql("select idempotency_key from idempotency_key order by idempotency_key")
			.query(String.class)
			.list();
	}

	/**
	 * POST endpoints under {@code /v1/} that the tests control: one that fails with a 500
	 * the first time, and one that holds the request until the test lets it go, so that a
	 * retry arrives while the first request is still being handled.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class TestEndpoints {

		@Bean
		Endpoints idempotencyTestEndpoints() {
			return new Endpoints();
		}

	}

	@RestController
	static class Endpoints {

		final AtomicInteger flakyCalls = new AtomicInteger();

		final AtomicInteger heldCalls = new AtomicInteger();

		volatile CountDownLatch entered = new CountDownLatch(1);

		volatile CountDownLatch released = new CountDownLatch(1);

		void reset() {
			this.flakyCalls.set(0);
			this.heldCalls.set(0);
			this.entered = new CountDownLatch(1);
			this.released = new CountDownLatch(1);
		}

		/**
		 * Fails unexpectedly on the first call, answers the call count after that.
		 */
		@PostMapping(FLAKY)
		Map<String, Integer> flaky(@RequestBody String body) {
			int call = this.flakyCalls.incrementAndGet();
			if (call == 1) {
				throw new IllegalStateException("the first call fails");
			}
			return Map.of("Call", call);
		}

		/** Answers only once the test releases it. */
		@PostMapping(HELD)
		Map<String, Integer> held(@RequestBody String body) throws InterruptedException {
			int call = this.heldCalls.incrementAndGet();
			this.entered.countDown();
			if (!this.released.await(30, TimeUnit.SECONDS)) {
				throw new IllegalStateException("the test never released the request");
			}
			return Map.of("Call", call);
		}

	}

}

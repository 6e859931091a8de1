package org.usertasks.webhook;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.usertasks.ApiClient;
import org.usertasks.task.SettableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The delivery log of a webhook: what was sent when and what came back, newest first,
 * filtered and paged, and a request sent again on demand.
 */
class WebhookDeliveryLogTests extends WebhookTestSupport {

	@Test
	void listsTheRequestsNewestFirstWithoutTheirPayload() {
		String hook = createWebhook();
		// Each delivery ends before the clock jumps: a jump past a delivery's lease while
		// it
		// is in flight would (rightly) send it again.
		String first = createTask("First");
		awaitAllFinished(hook, 1);
		this.clock.advance(Duration.ofMinutes(1));
		String second = createTask("Second");
		awaitAllFinished(hook, 2);
		this.clock.advance(Duration.ofMinutes(1));
		this.admin.post("/v1/usertasks/" + second + "/status", "{\"Status\": 2}");

		awaitAllFinished(hook, 3);

		JsonNode log = log(hook, "");
		assertThat(log.values()).extracting((request) -> request.get("Event").asString())
			.containsExactly("usertasks:statuschanged", "usertasks:created", "usertasks:created");
		assertThat(log.values()).extracting((request) -> request.get("TaskUid").asString())
			.containsExactly(second, second, first);
		assertThat(log.values()).extracting((request) -> request.get("Created").asString())
			.containsExactly(SettableClock.wire(SettableClock.START.plusSeconds(120)),
					SettableClock.wire(SettableClock.START.plusSeconds(60)), SettableClock.wire(SettableClock.START));
		assertThat(log.values()).allSatisfy((request) -> {
			assertThat(request.get("State").asString()).isEqualTo("delivered");
			assertThat(request.get("WebhookUid").asString()).isEqualTo(hook);
			assertThat(request.get("Payload").isNull()).isTrue();
		});
		assertThat(log.values()).extracting((request) -> request.get("Uid").asString())
			.containsExactlyInAnyOrderElementsOf(
					this.receiver.requests().stream().map(WebhookReceiver.Received::requestUid).toList());
	}

	@Test
	void showsOneRequestWithWhatCameBackAndItsPayload() {
		String hook = createWebhook();
		createTask("Images");
		awaitFinished(hook);
		WebhookReceiver.Received received = this.receiver.requests().get(0);

		JsonNode request = request(hook, received.requestUid());

		assertThat(request.get("Uid").asString()).isEqualTo(received.requestUid());
		assertThat(request.get("Event").asString()).isEqualTo("usertasks:created");
		assertThat(request.get("State").asString()).isEqualTo("delivered");
		assertThat(request.get("Attempts").asInt()).isEqualTo(1);
		assertThat(request.get("StatusCode").asInt()).isEqualTo(200);
		assertThat(request.get("DurationMs").asLong()).isGreaterThanOrEqualTo(0);
		assertThat(request.get("ResponseExcerpt").asString()).isEqualTo("answered 200");
		assertThat(request.get("Finished").asString()).isEqualTo(this.clock.wireNow());
		assertThat(request.get("NextAttempt").isNull()).isTrue();
		assertThat(request.get("Payload")).isEqualTo(ApiClient.parse(received.body()));
	}

	@Test
	void listsOnlyTheFailedRequestsWhenAsked() {
		String hook = createWebhook();
		this.receiver.answer(400);
		String failed = createTask("Refused");
		eventually().until(() -> this.receiver.requests().size() == 1);
		createTask("Accepted");
		awaitAllFinished(hook, 2);

		JsonNode onlyFailed = log(hook, "?onlyFailed=true");

		assertThat(log(hook, "").size()).isEqualTo(2);
		assertThat(onlyFailed.size()).isEqualTo(1);
		assertThat(onlyFailed.get(0).get("State").asString()).isEqualTo("failed");
		assertThat(onlyFailed.get(0).get("TaskUid").asString()).isEqualTo(failed);
	}

	@Test
	void listsTheRequestsMadeSinceATime() {
		String hook = createWebhook();
		createTask("Early");
		this.clock.advance(Duration.ofHours(1));
		String late = createTask("Late");
		awaitAllFinished(hook, 2);

		JsonNode since = log(hook, "?since=" + SettableClock.START.plus(Duration.ofMinutes(30)));

		assertThat(since.size()).isEqualTo(1);
		assertThat(since.get(0).get("TaskUid").asString()).isEqualTo(late);
	}

	@Test
	void pagesTheLogByOneHundred() {
		createTask("Images");
		long event = this.jdbc.sql("select max(id) from event_outbox").query(Long.class).single();
		String hook = createWebhook();
		for (int i = 0; i < 101; i++) {
			insertDelivered(hook, event, SettableClock.START.minus(Duration.ofMinutes(i)));
		}

		JsonNode first = log(hook, "?page=1");
		JsonNode second = log(hook, "?page=2");
		JsonNode third = log(hook, "?page=3");

		assertThat(first.size()).isEqualTo(100);
		assertThat(first.get(0).get("Created").asString()).isEqualTo(SettableClock.wire(SettableClock.START));
		assertThat(second.size()).isEqualTo(1);
		assertThat(second.get(0).get("Created").asString())
			.isEqualTo(SettableClock.wire(SettableClock.START.minus(Duration.ofMinutes(100))));
		assertThat(third.isEmpty()).isTrue();
		assertThat(this.admin.get("/v1/webhooks/" + hook + "/requests?page=0").status()).isEqualTo(400);
	}

	@Test
	void redeliversARequestWithTheSameRequestUid() {
		String hook = createWebhook();
		createTask("Images");
		awaitFinished(hook);
		String requestUid = this.receiver.requests().get(0).requestUid();

		ApiClient.Response response = this.admin.post("/v1/webhooks/" + hook + "/requests/" + requestUid + "/redeliver",
				"");

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.json().get("Uid").asString()).isEqualTo(requestUid);
		assertThat(response.json().get("State").asString()).isIn("pending", "sending", "delivered");
		eventually().until(() -> this.receiver.accepted().size() == 2);
		List<WebhookReceiver.Received> requests = this.receiver.requests();
		assertThat(requests.get(1).requestUid()).isEqualTo(requestUid);
		assertThat(requests.get(1).body()).isEqualTo(requests.get(0).body());
		eventually().untilAsserted(() -> {
			JsonNode request = request(hook, requestUid);
			assertThat(request.get("State").asString()).isEqualTo("delivered");
			assertThat(request.get("Attempts").asInt()).isEqualTo(2);
		});
	}

	@Test
	void answers404ForAnUnknownWebhookOrRequest() {
		String hook = createWebhook();
		String other = createWebhook();
		createTask("Images");
		eventually().until(() -> this.receiver.accepted().size() == 2);
		String requestOfOther = onlyRequest(other).get("Uid").asString();
		String unknown = UUID.randomUUID().toString();

		assertProblem(this.admin.get("/v1/webhooks/" + unknown + "/requests"), 404, "not-found");
		assertProblem(this.admin.get("/v1/webhooks/" + hook + "/requests/" + unknown), 404, "not-found");
		assertProblem(this.admin.get("/v1/webhooks/" + hook + "/requests/" + requestOfOther), 404, "not-found");
		assertProblem(this.admin.post("/v1/webhooks/" + hook + "/requests/" + unknown + "/redeliver", ""), 404,
				"not-found");
		assertProblem(this.admin.post("/v1/webhooks/" + unknown + "/requests/" + requestOfOther + "/redeliver", ""),
				404, "not-found");
	}

	private void insertDelivered(String hook, long event, Instant created) {
		this.jdbc
			.sql("""
					insert into webhook_delivery (uid, webhook_uid, event_id, event_name, task_uid, state, attempts,
					    next_attempt_at, created, finished, status_code)
					values (:uid, :hook, :event, 'usertasks:created', null, 'delivered', 1, :created, :created, :created, 200)""")
			.param("uid", UUID.randomUUID())
			.param("hook", UUID.fromString(hook))
			.param("event", event)
			.param("created", created.atOffset(ZoneOffset.UTC))
			.update();
	}

}

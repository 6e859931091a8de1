package org.usertasks.webhook;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A delivery that fails for a reason that may pass (network errors, 408, 429, 5xx) is
 * tried again, with the same X-Request-UID, until it is delivered or 24 hours have gone
 * by; other answers fail it at once. Retries become due as the test's clock moves.
 */
class WebhookRetryTests extends WebhookTestSupport {

	@Test
	void retriesThrough500sUntilTheReceiverAccepts() {
		String hook = createWebhook();
		this.receiver.answer(500, 500);

		createTask("Images");
		awaitRetryScheduled(hook, 1);
		this.clock.advance(Duration.ofMinutes(1));
		awaitRetryScheduled(hook, 2);
		this.clock.advance(Duration.ofMinutes(1));

		JsonNode request = awaitFinished(hook);
		assertThat(request.get("State").asString()).isEqualTo("delivered");
		assertThat(request.get("Attempts").asInt()).isEqualTo(3);
		assertThat(request.get("StatusCode").asInt()).isEqualTo(200);
		assertThat(this.receiver.requests()).extracting(WebhookReceiver.Received::status)
			.containsExactly(500, 500, 200);
		assertThat(this.receiver.requests()).extracting(WebhookReceiver.Received::requestUid)
			.containsOnly(request.get("Uid").asString());
		assertThat(this.receiver.requests()).extracting(WebhookReceiver.Received::body)
			.containsOnly(this.receiver.requests().get(0).body());
	}

	@Test
	void backsOffFrom200MillisecondsDoublingEachRetry() {
		String hook = createWebhook();
		this.receiver.answer(500, 500, 500);

		createTask("Images");
		Duration first = untilNextAttempt(awaitRetryScheduled(hook, 1));
		this.clock.advance(Duration.ofMinutes(1));
		Duration second = untilNextAttempt(awaitRetryScheduled(hook, 2));
		this.clock.advance(Duration.ofMinutes(1));
		Duration third = untilNextAttempt(awaitRetryScheduled(hook, 3));

		assertThat(first).isBetween(Duration.ofMillis(160), Duration.ofMillis(240));
		assertThat(second).isBetween(Duration.ofMillis(320), Duration.ofMillis(480));
		assertThat(third).isBetween(Duration.ofMillis(640), Duration.ofMillis(960));
	}

	@Test
	void waitsAsLongAsA429sRetryAfterAsks() {
		String hook = createWebhook();
		this.receiver.answer(429, Map.of("Retry-After", "120"));

		createTask("Images");
		JsonNode waiting = awaitRetryScheduled(hook, 1);
		Duration wait = untilNextAttempt(waiting);
		this.clock.advance(Duration.ofSeconds(119));

		await().during(Duration.ofMillis(400))
			.atMost(Duration.ofSeconds(2))
			.until(() -> this.receiver.requests().size() == 1);
		assertThat(wait).isEqualTo(Duration.ofSeconds(120));
		assertThat(waiting.get("StatusCode").asInt()).isEqualTo(429);
		this.clock.advance(Duration.ofSeconds(1));
		JsonNode request = awaitFinished(hook);
		assertThat(request.get("State").asString()).isEqualTo("delivered");
		assertThat(request.get("Attempts").asInt()).isEqualTo(2);
	}

	@Test
	void retriesA408() {
		String hook = createWebhook();
		this.receiver.answer(408);

		createTask("Images");
		awaitRetryScheduled(hook, 1);
		this.clock.advance(Duration.ofMinutes(1));

		assertThat(awaitFinished(hook).get("State").asString()).isEqualTo("delivered");
		assertThat(this.receiver.requests()).extracting(WebhookReceiver.Received::status).containsExactly(408, 200);
	}

	@Test
	void failsA400AtOnce() {
		String hook = createWebhook();
		this.receiver.answer(400);

		createTask("Images");

		JsonNode request = awaitFinished(hook);
		assertThat(request.get("State").asString()).isEqualTo("failed");
		assertThat(request.get("Attempts").asInt()).isEqualTo(1);
		assertThat(request.get("StatusCode").asInt()).isEqualTo(400);
		assertThat(request.get("ResponseExcerpt").asString()).isEqualTo("answered 400");
		assertThat(request.get("Error").asString()).contains("400");
		this.clock.advance(Duration.ofHours(1));
		await().during(Duration.ofMillis(300))
			.atMost(Duration.ofSeconds(2))
			.until(() -> this.receiver.requests().size() == 1);
	}

	@Test
	void deliversOnceAReceiverThatWasDownComesBack() {
		String hook = createWebhook();
		this.receiver.stop();

		createTask("Images");
		JsonNode refused = awaitRetryScheduled(hook, 1);
		this.clock.advance(Duration.ofMinutes(1));
		awaitRetryScheduled(hook, 2);
		this.receiver.restart();
		this.clock.advance(Duration.ofMinutes(1));

		JsonNode request = awaitFinished(hook);
		assertThat(refused.get("StatusCode").isNull()).isTrue();
		assertThat(refused.get("Error").asString()).isNotBlank();
		assertThat(request.get("State").asString()).isEqualTo("delivered");
		assertThat(request.get("Attempts").asInt()).isEqualTo(3);
		assertThat(this.receiver.requests()).extracting(WebhookReceiver.Received::requestUid)
			.containsExactly(request.get("Uid").asString());
	}

	@Test
	void givesUpAfterRetryingFor24Hours() {
		String hook = createWebhook();
		this.receiver.failWhile((request) -> true);

		createTask("Images");
		awaitRetryScheduled(hook, 1);
		this.clock.advance(Duration.ofHours(23));
		awaitRetryScheduled(hook, 2);
		this.clock.advance(Duration.ofHours(1).plusMinutes(1));

		JsonNode request = awaitFinished(hook);
		assertThat(request.get("State").asString()).isEqualTo("failed");
		assertThat(request.get("Attempts").asInt()).isEqualTo(3);
		assertThat(request.get("StatusCode").asInt()).isEqualTo(500);
		assertThat(request.get("Error").asString()).contains("given up");
		this.clock.advance(Duration.ofHours(1));
		await().during(Duration.ofMillis(300))
			.atMost(Duration.ofSeconds(2))
			.until(() -> this.receiver.requests().size() == 3);
	}

	private Duration untilNextAttempt(JsonNode request) {
		OffsetDateTime next = OffsetDateTime.parse(request.get("NextAttempt").asString());
		return Duration.between(this.clock.instant(), next.toInstant());
	}

}

package org.usertasks.webhook;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;

import org.usertasks.ApiClient;
import org.usertasks.task.TaskApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Base of the webhook tests: the whole service, a real receiver on localhost for each
 * test, and no webhooks but the test's own. The dispatcher polls every 100 ms; its clock
 * is the test's, so a retry becomes due only when the test moves the clock.
 */
abstract class WebhookTestSupport extends TaskApiTestSupport {

	protected WebhookReceiver receiver;

	@BeforeEach
	void startAReceiverWithNoWebhooks() {
		this.jdbc.sql("delete from webhook").update();
		this.receiver = WebhookReceiver.start();
	}

	@AfterEach
	void stopTheReceiverAndForgetItsWebhooks() {
		this.jdbc.sql("delete from webhook").update();
		this.receiver.stop();
	}

	/** Waits up to 10 s, checking every 20 ms. */
	protected static ConditionFactory eventually() {
		return await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20));
	}

	/** Creates a webhook from JSON and checks Struct's answer: 200, empty body. */
	protected void postWebhook(String json) {
		ApiClient.Response response = this.admin.post("/v1/webhooks", json);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.body()).isEmpty();
	}

	/**
	 * Creates an active webhook to the receiver for these events, signed with the secret
	 * (none when null), and answers its uid.
	 */
	protected String createWebhook(String secret, String... events) {
		String uid = UUID.randomUUID().toString();
		postWebhook("""
				{"Uid": "%s", "Title": "Receiver", "Url": "%s", "Active": true, "Secret": %s, "EnabledEvents": [%s]}"""
			.formatted(uid, this.receiver.url(), (secret != null) ? "\"" + secret + "\"" : "null", quoted(events)));
		return uid;
	}

	/** Creates an active, unsigned webhook to the receiver for every event. */
	protected String createWebhook() {
		return createWebhook(null, "usertasks:*");
	}

	/** The webhook's delivery log as GET .../requests answers it. */
	protected JsonNode log(String webhookUid, String query) {
		ApiClient.Response response = this.admin.get("/v1/webhooks/" + webhookUid + "/requests" + query);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	/** One request of the log as GET .../requests/{uid} answers it. */
	protected JsonNode request(String webhookUid, String requestUid) {
		ApiClient.Response response = this.admin.get("/v1/webhooks/" + webhookUid + "/requests/" + requestUid);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	/** The only request in the webhook's log, once there is exactly one. */
	protected JsonNode onlyRequest(String webhookUid) {
		JsonNode log = log(webhookUid, "");
		assertThat(log.size()).as(log.toString()).isEqualTo(1);
		return log.get(0);
	}

	/**
	 * Waits until the webhook's only request has been tried {@code attempts} times and
	 * waits for its next attempt: a retry is scheduled and nothing is in flight.
	 */
	protected JsonNode awaitRetryScheduled(String webhookUid, int attempts) {
		eventually().untilAsserted(() -> {
			JsonNode request = onlyRequest(webhookUid);
			assertThat(request.get("State").asString()).isEqualTo("pending");
			assertThat(request.get("Attempts").asInt()).isEqualTo(attempts);
		});
		return onlyRequest(webhookUid);
	}

	/** Waits until the webhook's only request is finished (delivered or failed). */
	protected JsonNode awaitFinished(String webhookUid) {
		eventually().untilAsserted(
				() -> assertThat(onlyRequest(webhookUid).get("State").asString()).isIn("delivered", "failed"));
		return onlyRequest(webhookUid);
	}

	/**
	 * Waits until the webhook's log holds {@code count} requests, all finished (delivered
	 * or failed), and answers the log.
	 */
	protected JsonNode awaitAllFinished(String webhookUid, int count) {
		eventually().untilAsserted(() -> {
			JsonNode log = log(webhookUid, "");
			assertThat(log.size()).isEqualTo(count);
			assertThat(log.values())
				.allSatisfy((request) -> assertThat(request.get("State").asString()).isIn("delivered", "failed"));
		});
		return log(webhookUid, "");
	}

	/** The X-Event-Key of each request, in the order received. */
	protected static List<String> eventKeys(List<WebhookReceiver.Received> requests) {
		return requests.stream().map(WebhookReceiver.Received::eventKey).toList();
	}

	private static String quoted(String... values) {
		StringBuilder json = new StringBuilder();
		for (String value : values) {
			json.append(json.isEmpty() ? "" : ", ").append('"').append(value).append('"');
		}
		return json.toString();
	}

}

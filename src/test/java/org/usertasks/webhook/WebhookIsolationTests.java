package org.usertasks.webhook;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.usertasks.ApiClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A slow receiver holds up neither the API nor the other receivers: requests run on the
 * dispatcher's own threads, at most two at a time per webhook.
 */
class WebhookIsolationTests extends WebhookTestSupport {

	private final WebhookReceiver slow = WebhookReceiver.start();

	@AfterEach
	void stopTheSlowReceiver() {
		this.slow.stop();
	}

	@Test
	void aSlowReceiverHoldsUpNeitherTheApiNorAnotherReceiver() {
		this.slow.delay(Duration.ofSeconds(3));
		UUID slowWebhook = UUID.randomUUID();
		this.admin.post("/v1/webhooks", """
				{"Uid": "%s", "Url": "%s", "EnabledEvents": ["usertasks:created"]}""".formatted(slowWebhook,
				this.slow.url()));
		createWebhook(null, "usertasks:created");

		long started = System.nanoTime();
		for (int i = 0; i < 6; i++) {
			ApiClient.Response created = this.admin.post("/v1/usertasks", "{\"Title\": \"Task " + i + "\"}");
			assertThat(created.status()).isEqualTo(200);
		}
		long apiMillis = (System.nanoTime() - started) / 1_000_000;

		eventually().untilAsserted(() -> assertThat(this.receiver.requests()).hasSize(6));
		long fastMillis = (System.nanoTime() - started) / 1_000_000;
		assertThat(apiMillis).as("the API answered without waiting for the slow receiver").isLessThan(3_000);
		assertThat(fastMillis).as("the fast receiver got every event while the slow one was still busy")
			.isLessThan(3_000);
		assertThat(this.slow.requests()).as("at most two requests in flight to the slow receiver")
			.hasSizeLessThanOrEqualTo(2);
	}

}

package org.usertasks.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.usertasks.ApiClient;
import org.usertasks.task.SettableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A task change reaches each webhook that wants it as a signed POST carrying the event.
 */
class WebhookDeliveryTests extends WebhookTestSupport {

	@Test
	void postsATaskChangeWithStructsHeadersAndTheEventAsBody() {
		String hook = UUID.randomUUID().toString();
		postWebhook(
				"""
						{"Uid": "%s", "Url": "%s", "Secret": "s3cret", "EnabledEvents": ["usertasks:*"],
						 "RequestHeaders": [{"Name": "X-Tenant", "Value": "acme"}, {"Name": "Authorization", "Value": "Basic eA=="}]}"""
					.formatted(hook, this.receiver.url()));

		String task = createTask("Images");

		eventually().until(() -> this.receiver.requests().size() == 1);
		WebhookReceiver.Received request = this.receiver.requests().get(0);
		assertThat(request.method()).isEqualTo("POST");
		assertThat(request.path()).isEqualTo("/hooks");
		assertThat(request.header("Content-Type")).startsWith("application/json");
		assertThat(request.eventKey()).isEqualTo("usertasks:created");
		assertThat(request.header("X-Hook-UID")).isEqualTo(hook);
		assertThat(request.requestUid()).isEqualTo(onlyRequest(hook).get("Uid").asString());
		assertThat(request.header("X-Tenant")).isEqualTo("acme");
		assertThat(request.header("Authorization")).isEqualTo("Basic eA==");
		assertThat(request.header("X-Hook-Timestamp")).isEqualTo(Long.toString(SettableClock.START.getEpochSecond()));
		JsonNode body = ApiClient.parse(request.body());
		assertThat(body.get("Event").asString()).isEqualTo("usertasks:created");
		assertThat(body.get("Uid").asString()).isEqualTo(task);
		assertThat(body.get("UserTask")).isEqualTo(task(task));
		assertThat(body).isEqualTo(request(hook, request.requestUid()).get("Payload"));
	}

	@Test
	void signsTheTimestampAndBodyWithTheSecretAsStructPublishes() throws Exception {
		createWebhook("s3cret", "usertasks:*");

		createTask("Images");

		eventually().until(() -> this.receiver.requests().size() == 1);
		WebhookReceiver.Received request = this.receiver.requests().get(0);
		String timestamp = request.header("X-Hook-Timestamp");
		assertThat(request.header("X-Hook-Signature"))
			.isEqualTo(hmacSha256Base64("s3cret", timestamp + "." + request.body()));
		assertThat(request.header("X-Hook-Signature"))
			.isNotEqualTo(hmacSha256Base64("other", timestamp + "." + request.body()));
	}

	@Test
	void sendsNoSignatureWithoutASecret() {
		createWebhook(null, "usertasks:*");

		createTask("Images");

		eventually().until(() -> this.receiver.requests().size() == 1);
		WebhookReceiver.Received request = this.receiver.requests().get(0);
		assertThat(request.eventKey()).isEqualTo("usertasks:created");
		assertThat(request.header("X-Hook-Signature")).isNull();
		assertThat(request.header("X-Hook-Timestamp")).isNull();
	}

	@Test
	void deliversOnlyTheEventsAWebhookEnabled() {
		WebhookReceiver all = WebhookReceiver.start();
		try {
			createWebhook(null, "usertasks:commented");
			postWebhook("{\"Url\": \"" + all.url() + "\", \"EnabledEvents\": [\"usertasks:*\"]}");

			String task = createTask("Images");
			this.admin.post("/v1/usertasks/" + task + "/status", "{\"Status\": 2}");
			this.admin.post("/v1/usertasks/" + task + "/comments", "{\"Comment\": \"On it\"}");

			eventually().untilAsserted(() -> assertThat(eventKeys(all.requests())).containsExactly("usertasks:created",
					"usertasks:statuschanged", "usertasks:commented"));
			assertThat(eventKeys(this.receiver.requests())).containsExactly("usertasks:commented");
		}
		finally {
			all.stop();
		}
	}

	@Test
	void deliversNothingToAnInactiveWebhook() {
		WebhookReceiver active = WebhookReceiver.start();
		try {
			postWebhook("{\"Url\": \"" + this.receiver.url() + "\", \"Active\": false, \"EnabledEvents\": [\"*\"]}");
			postWebhook("{\"Url\": \"" + active.url() + "\", \"EnabledEvents\": [\"*\"]}");

			createTask("Images");

			eventually().until(() -> active.requests().size() == 1);
			await().during(Duration.ofMillis(300))
				.atMost(Duration.ofSeconds(2))
				.until(() -> this.receiver.requests().isEmpty());
			assertThat(this.jdbc.sql("select count(*) from webhook_delivery").query(Long.class).single()).isEqualTo(1);
		}
		finally {
			active.stop();
		}
	}

	@Test
	void deliversADeletedTaskByItsUid() {
		String task = createTask("Images");
		createWebhook(null, "usertasks:deleted");

		this.admin.delete("/v1/usertasks/" + task);

		eventually().until(() -> this.receiver.requests().size() == 1);
		JsonNode body = ApiClient.parse(this.receiver.requests().get(0).body());
		assertThat(body.get("Event").asString()).isEqualTo("usertasks:deleted");
		assertThat(body.get("Uid").asString()).isEqualTo(task);
		assertThat(body.has("UserTask")).isFalse();
	}

	static String hmacSha256Base64(String secret, String text) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		return Base64.getEncoder().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
	}

}

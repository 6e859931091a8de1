package org.usertasks.webhook;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.usertasks.ApiClient;
import org.usertasks.task.TaskApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A webhook whose requests have only failed for days is switched off; one success keeps
 * it on.
 */
class WebhookDeactivationTests extends TaskApiTestSupport {

	private HttpServer receiver;

	private final AtomicInteger answer = new AtomicInteger(400);

	private final AtomicInteger received = new AtomicInteger();

	@BeforeEach
	void startReceiver() throws IOException {
		this.jdbc.sql("delete from webhook").update();
		// All interfaces: "localhost" in the URL may resolve to ::1 or 127.0.0.1.
		this.receiver = HttpServer.create(new InetSocketAddress(0), 0);
		this.receiver.createContext("/hook", (exchange) -> {
			exchange.getRequestBody().readAllBytes();
			this.received.incrementAndGet();
			exchange.sendResponseHeaders(this.answer.get(), -1);
			exchange.close();
		});
		this.receiver.start();
	}

	@AfterEach
	void stopReceiver() {
		this.receiver.stop(0);
	}

	@Test
	void aWebhookFailingForMoreThanThreeDaysIsDeactivated() {
		String webhook = subscribe();
		createTask("First");
		awaitFinished(1);

		this.clock.advance(Duration.ofDays(3).plusHours(1));
		createTask("Second");

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(active(webhook)).isFalse());
		assertThat(this.received.get()).isEqualTo(2);
	}

	@Test
	void aSuccessInBetweenKeepsTheWebhookActive() {
		String webhook = subscribe();
		createTask("First");
		awaitFinished(1);
		this.clock.advance(Duration.ofDays(2));
		this.answer.set(200);
		createTask("Second");
		awaitFinished(2);

		this.clock.advance(Duration.ofDays(2));
		this.answer.set(400);
		createTask("Third");
		awaitFinished(3);

		assertThat(active(webhook)).isTrue();
		assertThat(this.received.get()).isEqualTo(3);
	}

	private String subscribe() {
		String uid = UUID.randomUUID().toString();
		ApiClient.Response created = this.admin.post("/v1/webhooks",
				"""
						{"Uid": "%s", "Title": "Failing", "Url": "http://localhost:%d/hook", "EnabledEvents": ["usertasks:created"]}"""
					.formatted(uid, this.receiver.getAddress().getPort()));
		assertThat(created.status()).as(created.body()).isEqualTo(200);
		return uid;
	}

	/**
	 * Waits until the answers of that many requests are recorded: the test clock may only
	 * jump once no request is in flight, or the jump would expire its lease.
	 */
	private void awaitFinished(int count) {
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(
					() -> assertThat(this.jdbc.sql("select count(*) from webhook_delivery where finished is not null")
						.query(Long.class)
						.single()).isEqualTo((long) count));
	}

	private boolean active(String webhook) {
		return this.admin.get("/v1/webhooks/" + webhook).json().get("Active").asBoolean();
	}

}

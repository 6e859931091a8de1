package org.usertasks.webhook;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Nothing is lost when an instance stops in the middle of deliveries: a delivery it had
 * taken is taken again once its lease runs out, and the rest resume where they were.
 */
class WebhookRecoveryTests extends WebhookTestSupport {

	@Test
	void deliversWhatACrashedInstanceHadTakenOnceItsLeaseRunsOut() {
		String hook = createWebhook();
		this.receiver.stop();
		String crashed = createTask("Images");
		putTask("{\"Uid\": \"" + crashed + "\", \"Title\": \"Better images\"}");
		String other = createTask("Texts");
		eventually().until(() -> triedOnce(crashed, "usertasks:created") && triedOnce(other, "usertasks:created"));

		this.jdbc.sql("""
				update webhook_delivery set state = 'sending', attempts = attempts + 1, next_attempt_at = :now,
				    lease_until = :leaseUntil
				where task_uid = :task and event_name = 'usertasks:created'""")
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.param("leaseUntil", this.clock.instant().plusSeconds(30).atOffset(ZoneOffset.UTC))
			.param("task", UUID.fromString(crashed))
			.update();
		this.receiver.restart();
		this.clock.advance(Duration.ofSeconds(10));

		eventually().until(() -> eventKeys(requestsFor(other)).equals(List.of("usertasks:created")));
		await().during(Duration.ofMillis(300))
			.atMost(Duration.ofSeconds(2))
			.until(() -> requestsFor(crashed).isEmpty());
		this.clock.advance(Duration.ofSeconds(30));
		eventually().until(() -> requestsFor(crashed).size() == 2);
		assertThat(eventKeys(requestsFor(crashed))).containsExactly("usertasks:created", "usertasks:updated");
		eventually().untilAsserted(() -> assertThat(log(hook, "").values())
			.allSatisfy((request) -> assertThat(request.get("State").asString()).isEqualTo("delivered")));
		assertThat(log(hook, "").values()).extracting((request) -> request.get("Uid").asString())
			.containsExactlyInAnyOrderElementsOf(
					this.receiver.requests().stream().map(WebhookReceiver.Received::requestUid).toList());
	}

	private boolean triedOnce(String task, String event) {
		return this.jdbc.sql("""
				select count(*) from webhook_delivery
				where task_uid = :task and event_name = :event and state = 'pending' and attempts = 1""")
			.param("task", UUID.fromString(task))
			.param("event", event)
			.query(Long.class)
			.single() == 1;
	}

	private List<WebhookReceiver.Received> requestsFor(String taskUid) {
		return this.receiver.requests().stream().filter((request) -> request.body().contains(taskUid)).toList();
	}

}

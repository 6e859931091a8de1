package org.usertasks.webhook;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.usertasks.ApiClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A webhook receives the events of one task in the order they happened, even when one of
 * them has to be retried; the events of other tasks do not wait for it.
 */
class WebhookOrderTests extends WebhookTestSupport {

	@Test
	void holdsBackATasksLaterEventsWhileAnEarlierOneIsRetriedButNotOtherTasks() {
		createWebhook();
		String held = UUID.randomUUID().toString();
		this.receiver.failWhile((request) -> request.body().contains(held));

		postTask("{\"Uid\": \"" + held + "\", \"Title\": \"Images\"}");
		putTask("{\"Uid\": \"" + held + "\", \"Title\": \"Better images\"}");
		this.admin.post("/v1/usertasks/" + held + "/status", "{\"Status\": 2}");
		this.admin.post("/v1/usertasks/" + held + "/comments", "{\"Comment\": \"On it\"}");
		String other = createTask("Texts");
		putTask("{\"Uid\": \"" + other + "\", \"Title\": \"Better texts\"}");

		eventually().untilAsserted(() -> assertThat(eventKeys(requestsFor(other))).containsExactly("usertasks:created",
				"usertasks:updated"));
		assertThat(eventKeys(requestsFor(held))).containsExactly("usertasks:created");
		this.receiver.failWhile((request) -> false);
		this.clock.advance(Duration.ofMinutes(1));
		eventually().until(() -> requestsFor(held).size() == 5);
		assertThat(eventKeys(requestsFor(held))).containsExactly("usertasks:created", "usertasks:created",
				"usertasks:updated", "usertasks:statuschanged", "usertasks:commented");
		assertThat(requestsFor(held)).extracting(WebhookReceiver.Received::status)
			.containsExactly(500, 200, 200, 200, 200);
	}

	@Test
	void deliversManyChangesOfOneTaskInOrder() {
		createWebhook();
		String uid = createTask("Title 0");

		for (int i = 1; i <= 10; i++) {
			putTask("{\"Uid\": \"" + uid + "\", \"Title\": \"Title " + i + "\"}");
		}

		eventually().until(() -> this.receiver.requests().size() == 11);
		assertThat(this.receiver.requests()).extracting((request) -> title(request.body()))
			.containsExactly("Title 0", "Title 1", "Title 2", "Title 3", "Title 4", "Title 5", "Title 6", "Title 7",
					"Title 8", "Title 9", "Title 10");
	}

	private List<WebhookReceiver.Received> requestsFor(String taskUid) {
		return this.receiver.requests().stream().filter((request) -> request.body().contains(taskUid)).toList();
	}

	private static String title(String body) {
		return ApiClient.parse(body).get("UserTask").get("Title").asString();
	}

}

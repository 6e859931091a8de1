package org.usertasks.webhook;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.usertasks.event.EventRecorded;
import org.usertasks.event.OutboxEvent;
import org.usertasks.system.Timestamps;

/**
 * Queues a delivery for every active webhook that wants an event, in the transaction that
 * recorded the event: an event that commits is delivered, one that rolls back never is.
 */
@Component
class WebhookFanOut {

	private final WebhookRepository webhooks;

	private final DeliveryRepository deliveries;

	private final Clock clock;

	WebhookFanOut(WebhookRepository webhooks, DeliveryRepository deliveries, Clock clock) {
		this.webhooks = webhooks;
		this.deliveries = deliveries;
		this.clock = clock;
	}

	@EventListener
	void on(EventRecorded recorded) {
		OutboxEvent event = recorded.event();
		for (Webhook webhook : this.webhooks.findActive()) {
			if (webhook.wants(event.name())) {
				this.deliveries.queue(webhook.uid(), event.id(), event.name(), event.taskUid(),
						Timestamps.now(this.clock));
			}
		}
	}

}

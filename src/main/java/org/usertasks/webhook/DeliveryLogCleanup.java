package org.usertasks.webhook;

import java.time.Clock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.usertasks.system.Timestamps;

/**
 * Forgets finished deliveries after {@code usertasks.webhook.retention} (14 days, as
 * Struct keeps them).
 */
@Component
class DeliveryLogCleanup {

	private final DeliveryRepository deliveries;

	private final WebhookProperties properties;

	private final Clock clock;

	DeliveryLogCleanup(DeliveryRepository deliveries, WebhookProperties properties, Clock clock) {
		this.deliveries = deliveries;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
	void forgetOld() {
		this.deliveries.forgetFinishedBefore(Timestamps.now(this.clock).minus(this.properties.retention()));
	}

}

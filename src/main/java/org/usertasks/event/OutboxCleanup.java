package org.usertasks.event;

import java.time.Clock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.usertasks.system.Timestamps;

/**
 * Keeps the outbox to {@code usertasks.events.retention} (30 days): older events leave
 * unless a webhook delivery still refers to them (the delivery log keeps those for its
 * own 14 days).
 */
@Component
class OutboxCleanup {

	private final EventOutbox outbox;

	private final EventStreamProperties properties;

	private final Clock clock;

	OutboxCleanup(EventOutbox outbox, EventStreamProperties properties, Clock clock) {
		this.outbox = outbox;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT15M")
	void forgetOld() {
		this.outbox.forgetBefore(Timestamps.now(this.clock).minus(this.properties.retention()));
	}

}

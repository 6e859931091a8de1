package org.usertasks.idempotency;

import java.time.Clock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.usertasks.system.Timestamps;

/**
 * Forgets kept answers once their retention is over, so the table stays small.
 */
@Component
class IdempotencyCleanup {

	private final IdempotencyRepository answers;

	private final IdempotencyProperties properties;

	private final Clock clock;

	IdempotencyCleanup(IdempotencyRepository answers, IdempotencyProperties properties, Clock clock) {
		this.answers = answers;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	void forgetExpired() {
		this.answers.forgetOlderThan(Timestamps.now(this.clock).minus(this.properties.retention()));
	}

}

package org.usertasks.idempotency;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Safe retries ({@code usertasks.idempotency.*}).
 *
 * @param retention how long an answer is kept for a retry with the same Idempotency-Key
 * @param abandonedAfter how long a first request may stay unanswered before its key
 * counts as abandoned (the instance handling it died) and a retry acts anew
 */
@ConfigurationProperties("usertasks.idempotency")
record IdempotencyProperties(@DefaultValue("24h") Duration retention, @DefaultValue("5m") Duration abandonedAfter) {
}

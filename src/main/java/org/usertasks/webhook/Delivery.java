package org.usertasks.webhook;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One delivery of one event to one webhook, as the delivery log shows it.
 *
 * @param uid the X-Request-UID header, the same on every attempt
 * @param state pending, sending, delivered or failed
 */
record Delivery(UUID uid, UUID webhookUid, long eventId, String eventName, @Nullable UUID taskUid, String state,
		int attempts, OffsetDateTime nextAttemptAt, OffsetDateTime created, @Nullable OffsetDateTime finished,
		@Nullable Integer statusCode, @Nullable Long durationMs, @Nullable String responseExcerpt,
		@Nullable String error) {

	static final String PENDING = "pending";

	static final String SENDING = "sending";

	static final String DELIVERED = "delivered";

	static final String FAILED = "failed";

}

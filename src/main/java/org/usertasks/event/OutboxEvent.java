package org.usertasks.event;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One event as the outbox keeps it.
 *
 * @param id the position in the outbox: events are read in this order, and it is the
 * feed's cursor
 * @param name the event's name, {@code usertasks:created} and the like
 * @param payload the JSON document delivered for the event
 */
public record OutboxEvent(long id, UUID eventUid, String name, @Nullable UUID taskUid, String actorId,
		OffsetDateTime occurred, String payload) {
}

package org.usertasks.task;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Published inside the transaction that created a task.
 */
public record TaskCreated(UUID taskUid, String actorId, OffsetDateTime at) {
}

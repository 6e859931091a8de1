package org.usertasks.task;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Published inside the transaction that deleted a task, before the delete, while the task
 * can still be read.
 */
public record TaskDeleted(UUID taskUid, String actorId, OffsetDateTime at) {
}

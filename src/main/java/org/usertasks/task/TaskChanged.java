package org.usertasks.task;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Published, inside the transaction of the change, whenever a task's fields change. The
 * comment feature turns it into system comments.
 *
 * @param actorId the user who made the change
 * @param actorName that user's display name
 */
public record TaskChanged(UUID taskUid, List<TaskChange> changes, String actorId, String actorName, OffsetDateTime at) {
}

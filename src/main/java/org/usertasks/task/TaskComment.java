package org.usertasks.task;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One comment in a task's thread.
 *
 * @param name the author's display name when the comment was written
 * @param systemGenerated true for activity the service recorded itself
 */
public record TaskComment(UUID uid, String comment, String userId, @Nullable String name, OffsetDateTime created,
		OffsetDateTime lastModified, boolean systemGenerated) {
}

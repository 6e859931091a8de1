package org.usertasks.comment;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A comment as it is stored: its task, its author and whether the service wrote it
 * itself.
 */
record Comment(UUID uid, UUID taskUid, String body, String userId, @Nullable String authorName, OffsetDateTime created,
		OffsetDateTime lastModified, boolean systemGenerated) {
}

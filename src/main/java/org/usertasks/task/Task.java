package org.usertasks.task;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A user task with its assignees and attached entities (its comments are read with it,
 * see {@link TaskView}).
 *
 * @param version grows with every change, for optimistic concurrency
 */
public record Task(UUID uid, OffsetDateTime created, String createdBy, @Nullable OffsetDateTime deadline,
		@Nullable String title, @Nullable String description, TaskStatus status, List<String> assignedUsers,
		List<UUID> assignedUserGroups, List<AttachedEntity> attachedEntities, OffsetDateTime lastModified,
		long version) {

}

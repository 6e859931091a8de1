package org.usertasks.task;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The editable part of a task, as a create or an update gives it.
 *
 * @param status null keeps the current status (a new task starts as New)
 * @param attachedEntities an entity without a status keeps the status it has on the task,
 * or starts Pending
 */
public record TaskContent(@Nullable String title, @Nullable String description, @Nullable OffsetDateTime deadline,
		@Nullable TaskStatus status, List<String> assignedUsers, List<UUID> assignedUserGroups,
		List<EntityReference> attachedEntities) {

	/** An entity named by a request; its status may be left out. */
	public record EntityReference(int entityType, String entityId, @Nullable AttachedEntityStatus status) {
	}

}

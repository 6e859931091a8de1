package org.usertasks.task;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Struct's UserTask as a PUT sends it. Read-only fields a client sends back
 * ({@code Created}, {@code CreatedBy}, {@code Comments}) are ignored; a null list means
 * empty; a null {@code Status} keeps the current one.
 */
record UpdateUserTaskRequest(@NotNull UUID uid, @Nullable OffsetDateTime deadline,
		@Nullable @Size(max = 1000) String title, @Nullable @Size(max = 100_000) String description,
		@Nullable TaskStatus status,
		@Nullable @Size(max = TaskService.MAX_CHILDREN) List<@NotNull @Size(max = 1000) String> assignedUsers,
		@Nullable @Size(max = TaskService.MAX_CHILDREN) List<@NotNull UUID> assignedUserGroups,
		@Nullable @Size(max = TaskService.MAX_CHILDREN) List<@NotNull @Valid AttachedEntityRequest> attachedEntities) {

	TaskContent toContent() {
		return new TaskContent(this.title, this.description, this.deadline, this.status,
				CreateUserTaskRequest.orEmpty(this.assignedUsers),
				CreateUserTaskRequest.orEmpty(this.assignedUserGroups),
				CreateUserTaskRequest.orEmpty(this.attachedEntities)
					.stream()
					.map(AttachedEntityRequest::toReference)
					.toList());
	}

}

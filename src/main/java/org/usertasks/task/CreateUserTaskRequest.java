package org.usertasks.task;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Struct's CreateUserTaskModel: every field optional and nullable.
 */
record CreateUserTaskRequest(@Nullable UUID uid,
		@Nullable @Size(max = TaskService.MAX_CHILDREN) List<@NotNull UUID> assignedUserGroups,
		@Nullable @Size(max = TaskService.MAX_CHILDREN) List<@NotNull @Size(max = 1000) String> assignedUsers,
		@Nullable @Size(max = 1000) String title, @Nullable @Size(max = 100_000) String description,
		@Nullable OffsetDateTime deadline,
		@Nullable @Size(max = TaskService.MAX_CHILDREN) List<@NotNull @Valid AttachedEntityRequest> attachedEntities) {

	TaskContent toContent() {
		return new TaskContent(this.title, this.description, this.deadline, null, orEmpty(this.assignedUsers),
				orEmpty(this.assignedUserGroups),
				orEmpty(this.attachedEntities).stream().map(AttachedEntityRequest::toReference).toList());
	}

	static <T> List<T> orEmpty(@Nullable List<T> list) {
		return (list != null) ? list : List.of();
	}

}

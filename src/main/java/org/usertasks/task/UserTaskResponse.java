package org.usertasks.task;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Struct's UserTask, fields in Struct's order, then our additive {@code LastModified}.
 * Lists are empty, never null.
 */
public record UserTaskResponse(UUID uid, OffsetDateTime created, String createdBy, @Nullable OffsetDateTime deadline,
		@Nullable String title, @Nullable String description, TaskStatus status, List<String> assignedUsers,
		List<UUID> assignedUserGroups, List<Comment> comments, List<Entity> attachedEntities,
		OffsetDateTime lastModified) {

	public static UserTaskResponse from(TaskView view) {
		Task task = view.task();
		return new UserTaskResponse(task.uid(), task.created(), task.createdBy(), task.deadline(), task.title(),
				task.description(), task.status(), task.assignedUsers(), task.assignedUserGroups(),
				view.comments().stream().map(Comment::from).toList(),
				task.attachedEntities().stream().map(Entity::from).toList(), task.lastModified());
	}

	/** Struct's UserTaskComment. */
	public record Comment(UUID uid, String comment, String userId, @Nullable String name, OffsetDateTime created,
			OffsetDateTime lastModified, boolean isSystemGenerated) {

		static Comment from(TaskComment comment) {
			return new Comment(comment.uid(), comment.comment(), comment.userId(), comment.name(), comment.created(),
					comment.lastModified(), comment.systemGenerated());
		}

	}

	/** Struct's UserTaskEntity. */
	public record Entity(int entityType, String entityId, AttachedEntityStatus status) {

		static Entity from(AttachedEntity entity) {
			return new Entity(entity.entityType(), entity.entityId(), entity.status());
		}

	}

}

package org.usertasks.task;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A user task with its assignees and attached entities (its comments are read with it,
 * see {@link TaskView}). State rules live here: each {@code with...} method checks its
 * rule and answers the changed task.
 *
 * @param version grows with every change, for optimistic concurrency
 * @param claim who has claimed the task, or null when nobody has
 */
public record Task(UUID uid, OffsetDateTime created, String createdBy, @Nullable OffsetDateTime deadline,
		@Nullable String title, @Nullable String description, TaskStatus status, List<String> assignedUsers,
		List<UUID> assignedUserGroups, List<AttachedEntity> attachedEntities, OffsetDateTime lastModified, long version,
		@Nullable Claim claim) {

	/** A task nobody has claimed. */
	public Task(UUID uid, OffsetDateTime created, String createdBy, @Nullable OffsetDateTime deadline,
			@Nullable String title, @Nullable String description, TaskStatus status, List<String> assignedUsers,
			List<UUID> assignedUserGroups, List<AttachedEntity> attachedEntities, OffsetDateTime lastModified,
			long version) {
		this(uid, created, createdBy, deadline, title, description, status, assignedUsers, assignedUserGroups,
				attachedEntities, lastModified, version, null);
	}

	/**
	 * A claim: the user who took the task, and the status it had before, which an unclaim
	 * restores.
	 */
	public record Claim(String holder, TaskStatus statusBefore) {
	}

	/**
	 * The task in another status. A Completed task can only be re-opened.
	 * @throws StatusTransitionException when the rule forbids the move
	 */
	Task withStatus(TaskStatus next) {
		if (!this.status.canMoveTo(next)) {
			throw new StatusTransitionException(this.uid, this.status, next);
		}
		return new Task(this.uid, this.created, this.createdBy, this.deadline, this.title, this.description, next,
				this.assignedUsers, this.assignedUserGroups, this.attachedEntities, this.lastModified, this.version,
				this.claim);
	}

	/**
	 * The task claimed by a user: its only assigned user, and New or ReOpened moves to
	 * InProgress.
	 * @throws TaskClaimedException when someone else holds it
	 */
	Task claimedBy(String userId) {
		if (this.claim != null) {
			if (this.claim.holder().equals(userId)) {
				return this;
			}
			throw new TaskClaimedException(this.uid, this.claim.holder());
		}
		TaskStatus next = (this.status == TaskStatus.New || this.status == TaskStatus.ReOpened) ? TaskStatus.InProgress
				: this.status;
		return new Task(this.uid, this.created, this.createdBy, this.deadline, this.title, this.description, next,
				List.of(userId), this.assignedUserGroups, this.attachedEntities, this.lastModified, this.version,
				new Claim(userId, this.status));
	}

	/**
	 * The claim undone: the holder is no longer assigned, and a status the claim moved to
	 * InProgress goes back.
	 */
	Task unclaimed() {
		if (this.claim == null) {
			return this;
		}
		List<String> users = new ArrayList<>(this.assignedUsers);
		users.remove(this.claim.holder());
		// Only a claim of a New or ReOpened task moved it to InProgress; any other
		// InProgress came from a later change, which stays.
		TaskStatus before = this.claim.statusBefore();
		boolean claimMovedStatus = this.status == TaskStatus.InProgress
				&& (before == TaskStatus.New || before == TaskStatus.ReOpened);
		return new Task(this.uid, this.created, this.createdBy, this.deadline, this.title, this.description,
				claimMovedStatus ? before : this.status, List.copyOf(users), this.assignedUserGroups,
				this.attachedEntities, this.lastModified, this.version, null);
	}

	/**
	 * The task with one attached entity marked Done or Pending.
	 * @throws AttachedEntityNotFoundException when the task has no such entity
	 */
	Task withEntityStatus(int entityType, String entityId, AttachedEntityStatus entityStatus) {
		List<AttachedEntity> entities = new ArrayList<>();
		boolean found = false;
		for (AttachedEntity entity : this.attachedEntities) {
			if (entity.entityType() == entityType && entity.entityId().equals(entityId)) {
				entities.add(new AttachedEntity(entityType, entityId, entityStatus));
				found = true;
			}
			else {
				entities.add(entity);
			}
		}
		if (!found) {
			throw new AttachedEntityNotFoundException(this.uid, entityType, entityId);
		}
		return new Task(this.uid, this.created, this.createdBy, this.deadline, this.title, this.description,
				this.status, this.assignedUsers, this.assignedUserGroups, List.copyOf(entities), this.lastModified,
				this.version, this.claim);
	}

	/**
	 * The task with other assignees; a claim ends when its holder is no longer assigned.
	 */
	Task withAssignees(List<String> users, List<UUID> groups) {
		Claim kept = (this.claim != null && users.contains(this.claim.holder())) ? this.claim : null;
		return new Task(this.uid, this.created, this.createdBy, this.deadline, this.title, this.description,
				this.status, users, groups, this.attachedEntities, this.lastModified, this.version, kept);
	}

	/** Whether the user is assigned, directly or through one of the groups. */
	boolean isAssignedTo(String userId, java.util.Set<UUID> groupIds) {
		return this.assignedUsers.contains(userId) || this.assignedUserGroups.stream().anyMatch(groupIds::contains);
	}

}

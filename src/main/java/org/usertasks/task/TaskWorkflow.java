package org.usertasks.task;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.usertasks.identity.CurrentUser;
import org.usertasks.system.NotPermittedException;

/**
 * Working a task: changing its status alone, claiming and releasing it, marking attached
 * entities done. Each change locks the task, checks the caller's If-Match versions, and
 * is recorded in the activity trail.
 */
@Service
public class TaskWorkflow {

	private final TaskService tasks;

	private final Assignees assignees;

	TaskWorkflow(TaskService tasks, Assignees assignees) {
		this.tasks = tasks;
		this.assignees = assignees;
	}

	/**
	 * Moves the task to another status; a Completed task can only be re-opened.
	 * @param expectedVersions the versions an If-Match header accepts; null for none
	 */
	@Transactional
	public Task changeStatus(UUID uid, TaskStatus status, CurrentUser actor, @Nullable Set<Long> expectedVersions) {
		Task current = this.tasks.lockForChange(uid, expectedVersions);
		return this.tasks.save(current, current.withStatus(status), actor);
	}

	/**
	 * Makes the caller the task's only assigned user and starts it. Only an assigned
	 * user, or a member of an assigned group, may claim; a task claimed by someone else
	 * stays theirs.
	 */
	@Transactional
	public Task claim(UUID uid, CurrentUser actor, @Nullable Set<Long> expectedVersions) {
		Task current = this.tasks.lockForChange(uid, expectedVersions);
		if (!current.isAssignedTo(actor.userId(), actor.groupIds())) {
			throw new NotPermittedException(
					"Only a user the task is assigned to, directly or through a group, may " + "claim it.");
		}
		return this.tasks.save(current, current.claimedBy(actor.userId()), actor);
	}

	/**
	 * Undoes a claim: the holder is no longer assigned, and a status the claim moved to
	 * InProgress goes back. Only the holder or an admin may; a task nobody holds is left
	 * as it is.
	 */
	@Transactional
	public Task unclaim(UUID uid, CurrentUser actor, @Nullable Set<Long> expectedVersions) {
		Task current = this.tasks.lockForChange(uid, expectedVersions);
		if (current.claim() != null && !actor.admin() && !current.claim().holder().equals(actor.userId())) {
			throw new NotPermittedException("Only the user who claimed the task, or an admin, may release it.");
		}
		return this.tasks.save(current, current.unclaimed(), actor);
	}

	/**
	 * Adds users and groups to the task's assignees (those already assigned stay where
	 * they are).
	 * @throws org.usertasks.system.InvalidRequestException when a user or group does not
	 * exist
	 */
	@Transactional
	public Task assign(UUID uid, List<String> users, List<UUID> groups, CurrentUser actor,
			@Nullable Set<Long> expectedVersions) {
		List<String> addedUsers = this.assignees.users(users);
		List<UUID> addedGroups = this.assignees.groups(groups);
		Task current = this.tasks.lockForChange(uid, expectedVersions);
		return this.tasks.save(current, current.withAssignees(union(current.assignedUsers(), addedUsers),
				union(current.assignedUserGroups(), addedGroups)), actor);
	}

	/**
	 * Removes users and groups from the task's assignees; a claim ends when its holder is
	 * removed.
	 */
	@Transactional
	public Task unassign(UUID uid, List<String> users, List<UUID> groups, CurrentUser actor,
			@Nullable Set<Long> expectedVersions) {
		Task current = this.tasks.lockForChange(uid, expectedVersions);
		List<String> keptUsers = current.assignedUsers().stream().filter((user) -> !users.contains(user)).toList();
		List<UUID> keptGroups = current.assignedUserGroups()
			.stream()
			.filter((group) -> !groups.contains(group))
			.toList();
		return this.tasks.save(current, current.withAssignees(keptUsers, keptGroups), actor);
	}

	private static <T> List<T> union(List<T> current, List<T> added) {
		List<T> all = new java.util.ArrayList<>(current);
		added.stream().filter((value) -> !all.contains(value)).forEach(all::add);
		return List.copyOf(all);
	}

	/** Marks one attached entity Done or Pending. */
	@Transactional
	public Task markEntity(UUID uid, int entityType, String entityId, AttachedEntityStatus status, CurrentUser actor,
			@Nullable Set<Long> expectedVersions) {
		Task current = this.tasks.lockForChange(uid, expectedVersions);
		return this.tasks.save(current, current.withEntityStatus(entityType, entityId, status), actor);
	}

	/** The task's activity trail, oldest first. */
	@Transactional(readOnly = true)
	public List<TaskHistoryEntry> history(UUID uid) {
		this.tasks.get(uid);
		return this.tasks.history(uid);
	}

}

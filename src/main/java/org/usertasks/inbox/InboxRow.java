package org.usertasks.inbox;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.usertasks.task.AttachedEntityStatus;
import org.usertasks.task.Task;
import org.usertasks.task.TaskStatus;
import org.usertasks.task.TaskView;

/**
 * One task as a line of the inbox.
 *
 * @param entitiesDone how many attached entities are Done, of {@code entities}
 * @param claimedBy the name of who has claimed the task, or null
 */
public record InboxRow(UUID uid, String title, TaskStatus status, @Nullable OffsetDateTime deadline, boolean overdue,
		boolean dueSoon, int assignees, int comments, int entities, int entitiesDone, @Nullable String claimedBy) {

	/**
	 * @param names display names by user id (an id without one is shown as it is)
	 */
	static InboxRow of(TaskView view, Instant now, Map<String, String> names) {
		Task task = view.task();
		String title = (task.title() != null && !task.title().isBlank()) ? task.title() : "(untitled task)";
		int done = (int) task.attachedEntities()
			.stream()
			.filter((entity) -> entity.status() == AttachedEntityStatus.Done)
			.count();
		return new InboxRow(task.uid(), title, task.status(), task.deadline(),
				TaskLabels.overdue(task.deadline(), task.status(), now),
				TaskLabels.dueSoon(task.deadline(), task.status(), now),
				task.assignedUsers().size() + task.assignedUserGroups().size(), view.comments().size(),
				task.attachedEntities().size(), done,
				(task.claim() != null) ? names.getOrDefault(task.claim().holder(), task.claim().holder()) : null);
	}

}

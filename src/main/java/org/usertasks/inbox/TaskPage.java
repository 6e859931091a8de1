package org.usertasks.inbox;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.usertasks.identity.CurrentUser;
import org.usertasks.task.AttachedEntity;
import org.usertasks.task.AttachedEntityStatus;
import org.usertasks.task.Task;
import org.usertasks.task.TaskComment;
import org.usertasks.task.TaskStatus;
import org.usertasks.task.TaskView;

/**
 * What the task page shows, worked out once so that the template only lays it out: labels
 * instead of enum names, names instead of ids, which actions the signed-in person has.
 */
record TaskPage(Task task, String statusLabel, List<Choice> statusChoices, @Nullable Deadline deadline,
		List<String> assignedUsers, List<String> assignedGroups, @Nullable String claimHolder, boolean canClaim,
		boolean canUnclaim, List<Entity> entities, List<ThreadItem> thread) {

	/** A status a person may move the task to, and the button's text. */
	record Choice(TaskStatus status, String text) {
	}

	record Deadline(OffsetDateTime at, String shown, boolean overdue, boolean dueSoon) {
	}

	record Entity(int type, String typeName, String id, boolean done) {
	}

	/**
	 * One entry of the thread.
	 *
	 * @param system activity the service recorded, shown compactly and never editable
	 * @param mine written by the signed-in person, who may edit or delete it
	 */
	record ThreadItem(UUID uid, String text, String author, OffsetDateTime created, String shown, boolean edited,
			boolean system, boolean mine) {
	}

	static TaskPage of(TaskView view, CurrentUser me, Map<String, String> userNames, Map<UUID, String> groupNames,
			Instant now) {
		Task task = view.task();
		String holder = (task.claim() != null) ? task.claim().holder() : null;
		boolean assignedToMe = task.assignedUsers().contains(me.userId())
				|| task.assignedUserGroups().stream().anyMatch(me.groupIds()::contains);
		return new TaskPage(task, TaskLabels.label(task.status()), choices(task.status()), deadline(task, now),
				task.assignedUsers().stream().map((id) -> userNames.getOrDefault(id, id)).toList(),
				task.assignedUserGroups().stream().map((id) -> groupNames.getOrDefault(id, id.toString())).toList(),
				(holder != null) ? userNames.getOrDefault(holder, holder) : null, holder == null && assignedToMe,
				holder != null && (holder.equals(me.userId()) || me.admin()),
				task.attachedEntities().stream().map(TaskPage::entity).toList(),
				view.comments().stream().map((comment) -> threadItem(comment, me)).toList());
	}

	/**
	 * The statuses the rule allows moving to. Re-opening is offered only for a completed
	 * task: for any other it would say nothing.
	 */
	static List<Choice> choices(TaskStatus current) {
		return Arrays.stream(TaskStatus.values())
			.filter((next) -> next != current && current.canMoveTo(next))
			.filter((next) -> next != TaskStatus.ReOpened || current == TaskStatus.Completed)
			.map((next) -> new Choice(next, switch (next) {
				case ReOpened -> "Re-open";
				case Completed -> "Complete";
				case New -> "Back to New";
				default -> TaskLabels.label(next);
			}))
			.toList();
	}

	private static @Nullable Deadline deadline(Task task, Instant now) {
		OffsetDateTime at = task.deadline();
		if (at == null) {
			return null;
		}
		return new Deadline(at, WebTimes.shown(at), TaskLabels.overdue(at, task.status(), now),
				TaskLabels.dueSoon(at, task.status(), now));
	}

	private static Entity entity(AttachedEntity entity) {
		return new Entity(entity.entityType(), AttachedEntity.typeName(entity.entityType()), entity.entityId(),
				entity.status() == AttachedEntityStatus.Done);
	}

	private static ThreadItem threadItem(TaskComment comment, CurrentUser me) {
		boolean system = comment.systemGenerated() || "system".equals(comment.userId());
		String author = (comment.name() != null && !comment.name().isBlank()) ? comment.name() : comment.userId();
		return new ThreadItem(comment.uid(), comment.comment(), author, comment.created(),
				WebTimes.shown(comment.created()), comment.lastModified().isAfter(comment.created()), system,
				!system && comment.userId().equals(me.userId()));
	}

}

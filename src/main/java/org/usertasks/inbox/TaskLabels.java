package org.usertasks.inbox;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.usertasks.task.TaskStatus;

/**
 * How the pages name statuses and deadlines for people: the one place for status labels
 * and for when a deadline is "overdue" or "due soon", so that the inbox and the task page
 * agree. Templates reach it as {@code @taskLabels}.
 */
@Component("taskLabels")
public class TaskLabels {

	/** A deadline closer than this is "due soon". */
	static final Duration DUE_SOON = Duration.ofHours(24);

	public String status(TaskStatus status) {
		return label(status);
	}

	/**
	 * "3 Dec 2026, 14:00 UTC", as {@link WebTimes#shown} writes every time on the pages.
	 */
	public String deadline(@Nullable OffsetDateTime deadline) {
		return (deadline != null) ? WebTimes.shown(deadline) : "";
	}

	/** The status as people say it: "In progress", "Re-opened". */
	static String label(TaskStatus status) {
		return switch (status) {
			case New -> "New";
			case ReOpened -> "Re-opened";
			case InProgress -> "In progress";
			case AwaitingFeedback -> "Awaiting feedback";
			case Completed -> "Completed";
		};
	}

	/** Whether an open task's deadline has passed; a completed task is never overdue. */
	static boolean overdue(@Nullable OffsetDateTime deadline, TaskStatus status, Instant now) {
		return deadline != null && status != TaskStatus.Completed && deadline.toInstant().isBefore(now);
	}

	/** Whether an open task's deadline is less than {@link #DUE_SOON} away. */
	static boolean dueSoon(@Nullable OffsetDateTime deadline, TaskStatus status, Instant now) {
		return deadline != null && status != TaskStatus.Completed && !deadline.toInstant().isBefore(now)
				&& deadline.toInstant().isBefore(now.plus(DUE_SOON));
	}

}

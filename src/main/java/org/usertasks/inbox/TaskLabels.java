package org.usertasks.inbox;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.usertasks.task.TaskStatus;

/**
 * How the pages name statuses and deadlines for people. Templates reach it as
 * {@code @taskLabels}.
 */
@Component("taskLabels")
public class TaskLabels {

	/** A deadline closer than this is "due soon". */
	static final Duration DUE_SOON = Duration.ofHours(24);

	private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm", Locale.ENGLISH);

	public String status(TaskStatus status) {
		return switch (status) {
			case New -> "New";
			case ReOpened -> "Re-opened";
			case InProgress -> "In progress";
			case AwaitingFeedback -> "Awaiting feedback";
			case Completed -> "Completed";
		};
	}

	/** "3 Dec 2026, 14:00 UTC" or with the offset the deadline was given in. */
	public String deadline(@Nullable OffsetDateTime deadline) {
		if (deadline == null) {
			return "";
		}
		String offset = deadline.getOffset().getTotalSeconds() == 0 ? "UTC" : "UTC" + deadline.getOffset().getId();
		return DEADLINE.format(deadline) + " " + offset;
	}

	static boolean overdue(@Nullable OffsetDateTime deadline, TaskStatus status, OffsetDateTime now) {
		return deadline != null && status != TaskStatus.Completed && deadline.isBefore(now);
	}

	static boolean dueSoon(@Nullable OffsetDateTime deadline, TaskStatus status, OffsetDateTime now) {
		return deadline != null && status != TaskStatus.Completed && !deadline.isBefore(now)
				&& deadline.isBefore(now.plus(DUE_SOON));
	}

}

package org.usertasks.comment;

import java.util.List;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.usertasks.task.TaskChange;
import org.usertasks.system.JsonFormats;
import org.usertasks.task.TaskChanged;
import org.usertasks.task.TaskDeadlineReached;

/**
 * Writes the activity of a task into its thread: one system comment per changed field, by
 * whoever made the change, in the same transaction as the change.
 */
@Component
class ActivityComments {

	private final CommentRepository comments;

	ActivityComments(CommentRepository comments) {
		this.comments = comments;
	}

	// First among the listeners, so that those after it (the event outbox) see these
	// comments.
	@EventListener
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void on(TaskChanged event) {
		List<TaskChange> changes = event.changes();
		for (int i = 0; i < changes.size(); i++) {
			// A microsecond apart, so that the thread, ordered by time, shows the changes
			// in the order made.
			var at = event.at().plusNanos(1_000L * i);
			this.comments.insert(new Comment(UUID.randomUUID(), event.taskUid(), changes.get(i).description(),
					event.actorId(), event.actorName(), at, at, true));
		}
	}

	@EventListener
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void on(TaskDeadlineReached event) {
		String deadline = JsonFormats.timestamp(event.deadline());
		String text = event.overdue() ? "Overdue: the deadline " + deadline + " has passed"
				: "Deadline approaching: due " + deadline;
		this.comments.insert(new Comment(UUID.randomUUID(), event.taskUid(), text, TaskDeadlineReached.ACTOR,
				TaskDeadlineReached.ACTOR_NAME, event.at(), event.at(), true));
	}

}

package org.usertasks.task;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.usertasks.identity.UserDeleting;
import org.usertasks.identity.UserGroupDeleting;
import org.usertasks.system.Timestamps;

/**
 * Deleting a user or a group takes its task assignments with it; the tasks that showed
 * them get a new version, so that their ETags (and the JSON kept by
 * {@link TaskJsonCache}) do not outlive what they show.
 */
@Component
class AssigneeDeletions {

	private final TaskRepository tasks;

	private final Clock clock;

	AssigneeDeletions(TaskRepository tasks, Clock clock) {
		this.tasks = tasks;
		this.clock = clock;
	}

	@EventListener
	void on(UserDeleting event) {
		this.tasks.touchAssignedTo("user_task_assigned_user", "user_uid", event.userId(), Timestamps.now(this.clock));
	}

	@EventListener
	void on(UserGroupDeleting event) {
		this.tasks.touchAssignedTo("user_task_assigned_group", "group_uid", event.groupUid(),
				Timestamps.now(this.clock));
	}

}

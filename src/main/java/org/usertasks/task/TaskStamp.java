package org.usertasks.task;

import java.time.OffsetDateTime;

/**
 * What tells one state of a task from every other: its version, raised by every change,
 * and its creation time, which tells a task deleted and created again with the same Uid
 * (and version 1 again) from the one before.
 */
record TaskStamp(long version, OffsetDateTime created) {

	static TaskStamp of(Task task) {
		return new TaskStamp(task.version(), task.created());
	}

	boolean sameAs(TaskStamp other) {
		return this.version == other.version && this.created.isEqual(other.created);
	}

}

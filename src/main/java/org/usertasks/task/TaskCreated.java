package org.usertasks.task;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Published inside the transaction that created a task, with the task as stored: a new
 * task has no comments, so listeners need not read it back.
 */
public record TaskCreated(Task task, String actorId, OffsetDateTime at) {

	public UUID taskUid() {
		return this.task.uid();
	}

}

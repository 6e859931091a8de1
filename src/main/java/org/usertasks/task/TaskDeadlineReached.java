package org.usertasks.task;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Published, inside its transaction, when a task's deadline comes near or passes: once
 * per deadline.
 *
 * @param overdue false when the deadline is near, true when it has passed
 */
public record TaskDeadlineReached(UUID taskUid, OffsetDateTime deadline, boolean overdue, OffsetDateTime at) {

	/** The user id that reminders are written by. */
	public static final String ACTOR = "system";

	/** The name shown for that user. */
	public static final String ACTOR_NAME = "UserTasks";

}

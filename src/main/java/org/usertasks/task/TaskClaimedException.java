package org.usertasks.task;

import java.util.Map;
import java.util.UUID;

import org.usertasks.system.ConflictException;

/**
 * Someone else has claimed the task.
 */
public class TaskClaimedException extends ConflictException {

	TaskClaimedException(UUID uid, String holder) {
		super("claimed", "Task '" + uid + "' is claimed by user '" + holder + "'.", Map.of("holder", holder));
	}

}

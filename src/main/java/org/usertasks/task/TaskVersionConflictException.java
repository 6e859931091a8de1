package org.usertasks.task;

import java.util.UUID;

import org.usertasks.system.StaleVersionException;

/**
 * The client's If-Match names a version of the task that is no longer current.
 */
public class TaskVersionConflictException extends StaleVersionException {

	TaskVersionConflictException(UUID uid, long currentVersion) {
		super("Task '" + uid + "' has changed since you read it; its current version is " + currentVersion + ".",
				currentVersion);
	}

}

package org.usertasks.task;

import java.util.UUID;

import org.usertasks.system.NotFoundException;

/**
 * No task has the given uid.
 */
public class TaskNotFoundException extends NotFoundException {

	public TaskNotFoundException(UUID uid) {
		super("No user task with Uid '" + uid + "'.");
	}

}

package org.usertasks.task;

import java.util.UUID;

import org.usertasks.system.AlreadyExistsException;

class TaskAlreadyExistsException extends AlreadyExistsException {

	TaskAlreadyExistsException(UUID uid) {
		super("A user task with Uid '" + uid + "' already exists.");
	}

}

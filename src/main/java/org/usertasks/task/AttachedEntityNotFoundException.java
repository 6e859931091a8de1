package org.usertasks.task;

import java.util.UUID;

import org.usertasks.system.NotFoundException;

class AttachedEntityNotFoundException extends NotFoundException {

	AttachedEntityNotFoundException(UUID taskUid, int entityType, String entityId) {
		super("Task '" + taskUid + "' has no attached entity of type " + entityType + " with id '" + entityId + "'.");
	}

}

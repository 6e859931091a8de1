package org.usertasks.identity;

import java.util.UUID;

import org.usertasks.system.AlreadyExistsException;

class UserGroupAlreadyExistsException extends AlreadyExistsException {

	UserGroupAlreadyExistsException(UUID uid) {
		super("A user group with Uid '" + uid + "' already exists.");
	}

}

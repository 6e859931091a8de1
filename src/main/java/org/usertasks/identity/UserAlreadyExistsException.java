package org.usertasks.identity;

import org.usertasks.system.AlreadyExistsException;

class UserAlreadyExistsException extends AlreadyExistsException {

	UserAlreadyExistsException(String uid) {
		super("A user with Uid '" + uid + "' already exists.");
	}

}

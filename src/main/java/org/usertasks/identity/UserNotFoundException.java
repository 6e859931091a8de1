package org.usertasks.identity;

import org.usertasks.system.NotFoundException;

class UserNotFoundException extends NotFoundException {

	UserNotFoundException(String uid) {
		super("No user with Uid '" + uid + "'.");
	}

}

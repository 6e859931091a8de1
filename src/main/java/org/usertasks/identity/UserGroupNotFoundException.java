package org.usertasks.identity;

import java.util.UUID;

import org.usertasks.system.NotFoundException;

class UserGroupNotFoundException extends NotFoundException {

	UserGroupNotFoundException(UUID uid) {
		super("No user group with Uid '" + uid + "'.");
	}

}

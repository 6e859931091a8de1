package org.usertasks.identity;

import java.util.UUID;

import org.usertasks.system.NotFoundException;

class ApiKeyNotFoundException extends NotFoundException {

	ApiKeyNotFoundException(UUID uid) {
		super("No API key with Uid '" + uid + "'.");
	}

}

package org.usertasks.webhook;

import java.util.UUID;

import org.usertasks.system.AlreadyExistsException;

class WebhookAlreadyExistsException extends AlreadyExistsException {

	WebhookAlreadyExistsException(UUID uid) {
		super("A webhook with Uid '" + uid + "' already exists.");
	}

}

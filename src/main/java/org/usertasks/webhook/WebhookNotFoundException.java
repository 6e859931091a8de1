package org.usertasks.webhook;

import java.util.UUID;

import org.usertasks.system.NotFoundException;

class WebhookNotFoundException extends NotFoundException {

	WebhookNotFoundException(String what, UUID uid) {
		super("No " + what + " with Uid '" + uid + "'.");
	}

}

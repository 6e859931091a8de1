package org.usertasks.comment;

import java.util.UUID;

import org.usertasks.system.AlreadyExistsException;

class CommentAlreadyExistsException extends AlreadyExistsException {

	CommentAlreadyExistsException(UUID uid) {
		super("A comment with Uid '" + uid + "' already exists.");
	}

}

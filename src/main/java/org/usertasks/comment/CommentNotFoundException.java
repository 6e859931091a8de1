package org.usertasks.comment;

import java.util.UUID;

import org.usertasks.system.NotFoundException;

class CommentNotFoundException extends NotFoundException {

	CommentNotFoundException(UUID taskUid, UUID commentUid) {
		super("Task '" + taskUid + "' has no comment with Uid '" + commentUid + "'.");
	}

}

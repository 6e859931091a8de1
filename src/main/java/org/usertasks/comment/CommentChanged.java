package org.usertasks.comment;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Published inside the transaction that added, edited or removed a comment someone wrote.
 */
public record CommentChanged(UUID taskUid, UUID commentUid, Kind kind, String actorId, OffsetDateTime at) {

	/** What happened to the comment. */
	public enum Kind {

		ADDED, UPDATED, DELETED

	}

}

package org.usertasks.identity;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A named group of users; tasks can be assigned to it.
 */
public record UserGroup(UUID uid, String name, OffsetDateTime created, String createdBy, OffsetDateTime lastModified,
		String lastModifiedBy) {
}

package org.usertasks.identity;

import java.io.Serializable;
import java.security.Principal;
import java.util.Set;
import java.util.UUID;

/**
 * The caller behind the API key of the current request.
 *
 * @param userId the user the key belongs to
 * @param name the user's display name ("Firstname Lastname")
 * @param groupIds the groups the user belongs to
 * @param admin whether the key is an admin key
 */
public record CurrentUser(String userId, String name, Set<UUID> groupIds,
		boolean admin) implements Principal, Serializable {

	/**
	 * The user id, which is how cross-cutting code (Spring Security's getName()) tells
	 * callers apart.
	 */
	@Override
	public String getName() {
		return this.userId;
	}

}

package org.usertasks.identity;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A person who can be assigned tasks. Group membership is the user's {@code userGroups}
 * list.
 */
public record User(String uid, @Nullable String email, @Nullable String firstname, @Nullable String lastname,
		UserStatus status, List<UUID> userGroups, List<String> roles, OffsetDateTime created,
		OffsetDateTime lastModified) {

	/** "Firstname Lastname", as Struct shows a comment's author. */
	public String displayName() {
		return displayName(this.firstname, this.lastname);
	}

	static String displayName(@Nullable String firstname, @Nullable String lastname) {
		String first = (firstname != null) ? firstname.trim() : "";
		String last = (lastname != null) ? lastname.trim() : "";
		return (first + " " + last).trim();
	}

}

package org.usertasks.identity;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The editable part of a user, as a create or an update gives it.
 *
 * @param status null makes a new user Active and keeps an existing user's status
 */
public record UserDetails(@Nullable String email, @Nullable String firstname, @Nullable String lastname,
		@Nullable UserStatus status, List<UUID> userGroups, List<String> roles) {
}

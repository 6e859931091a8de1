package org.usertasks.identity;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An API key as it is listed: everything but the secret, which exists only as a hash.
 */
record ApiKey(UUID uid, String userId, @Nullable String name, boolean admin, OffsetDateTime created) {
}

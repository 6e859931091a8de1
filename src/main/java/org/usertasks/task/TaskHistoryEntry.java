package org.usertasks.task;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * One recorded change of one field: who, when, which field, the old and the new value.
 */
public record TaskHistoryEntry(OffsetDateTime at, String userId, String field, @Nullable String oldValue,
		@Nullable String newValue) {
}

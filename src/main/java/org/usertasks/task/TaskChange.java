package org.usertasks.task;

import org.jspecify.annotations.Nullable;

/**
 * One changed field of a task, for the activity trail.
 *
 * @param field the field as the API names it ({@code Status}, {@code AssignedUsers},
 * {@code AttachedEntities[Product 1022].Status}...)
 * @param oldValue the value before, as text; null when there was none
 * @param newValue the value after, as text; null when there is none
 * @param description a sentence for people: "Status changed from New to InProgress"
 */
public record TaskChange(String field, @Nullable String oldValue, @Nullable String newValue, String description) {
}

package org.usertasks.task;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Which tasks a list or count shows. Every condition given must hold; the values of a
 * repeated one are alternatives (status 0 or 2). Empty lists and nulls mean "any".
 *
 * @param inbox only tasks assigned to the caller or to one of the caller's groups
 * @param assignedUsers assigned to one of these users
 * @param assignedUserGroups assigned to one of these groups
 * @param createdBy created by one of these users
 * @param statuses in one of these states
 * @param deadlineBefore deadline strictly before
 * @param deadlineAfter deadline at or after
 * @param overdue true: deadline passed and not Completed; false: the other tasks
 * @param hasDeadline whether the task has a deadline
 * @param createdAfter created at or after
 * @param createdBefore created strictly before
 * @param modifiedSince last modified at or after
 * @param entityType about an attached entity of this type
 * @param entityIds about one of these entities (of {@code entityType})
 * @param text case-insensitive text in the title or description
 */
record TaskFilter(boolean inbox, List<String> assignedUsers, List<UUID> assignedUserGroups, List<String> createdBy,
		List<TaskStatus> statuses, @Nullable OffsetDateTime deadlineBefore, @Nullable OffsetDateTime deadlineAfter,
		@Nullable Boolean overdue, @Nullable Boolean hasDeadline, @Nullable OffsetDateTime createdAfter,
		@Nullable OffsetDateTime createdBefore, @Nullable OffsetDateTime modifiedSince, @Nullable Integer entityType,
		List<String> entityIds, @Nullable String text) {

	/** The same filter for every status, as counts per status need it. */
	TaskFilter withoutStatus() {
		return new TaskFilter(this.inbox, this.assignedUsers, this.assignedUserGroups, this.createdBy, List.of(),
				this.deadlineBefore, this.deadlineAfter, this.overdue, this.hasDeadline, this.createdAfter,
				this.createdBefore, this.modifiedSince, this.entityType, this.entityIds, this.text);
	}

}

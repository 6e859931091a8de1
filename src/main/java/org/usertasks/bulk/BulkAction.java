package org.usertasks.bulk;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.usertasks.task.TaskStatus;

/**
 * One action for many tasks, checked: each kind carries what it needs.
 */
sealed interface BulkAction {

	record ChangeStatus(TaskStatus status) implements BulkAction {
	}

	record Assign(List<String> users, List<UUID> groups) implements BulkAction {
	}

	record Unassign(List<String> users, List<UUID> groups) implements BulkAction {
	}

	record AddComment(String comment) implements BulkAction {
	}

	record Delete() implements BulkAction {
	}

	/** The names a request uses, with the parameters each needs. */
	static String names() {
		return "status (with Status), assign or unassign (with Users and/or UserGroups), comment (with Comment), delete";
	}

	static @Nullable String normalized(@Nullable String name) {
		return (name != null) ? name.trim().toLowerCase(java.util.Locale.ROOT) : null;
	}

}

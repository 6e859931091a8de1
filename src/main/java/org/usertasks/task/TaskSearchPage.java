package org.usertasks.task;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One page of a task list: the tasks, the number of all tasks the filter matches, and
 * where the next page starts (null on the last page).
 *
 * @param page the 1-based page number, or 0 for a page read after a cursor
 */
public record TaskSearchPage(int page, int pageSize, long total, List<TaskView> tasks, @Nullable TaskCursor next) {

	/** Where the next page starts, as the {@code after} parameter takes it. */
	public @Nullable String nextCursor() {
		return (this.next != null) ? this.next.encode() : null;
	}

}

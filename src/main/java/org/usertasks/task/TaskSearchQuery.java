package org.usertasks.task;

import org.jspecify.annotations.Nullable;

/**
 * A list request: which tasks, in which order, and which page of them: a 1-based
 * {@code page} or, for deep reads, the page just {@code after} a cursor.
 *
 * @param page the 1-based page; 0 when reading after a cursor
 */
record TaskSearchQuery(TaskFilter filter, TaskSort sort, int pageSize, int page, @Nullable TaskCursor after) {

	/** The most tasks one page may hold. */
	static final int MAX_PAGE_SIZE = 1000;

}

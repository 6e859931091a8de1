package org.usertasks.task;

import java.util.List;

/**
 * Struct's page of tasks.
 */
record UserTaskResultset(int page, int pageSize, long total, List<UserTaskResponse> userTasks) {

	static UserTaskResultset from(TaskPage page) {
		return new UserTaskResultset(page.page(), page.pageSize(), page.total(),
				page.tasks().stream().map(UserTaskResponse::from).toList());
	}

}

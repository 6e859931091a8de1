package org.usertasks.task;

import java.util.List;

/**
 * Struct's page of tasks.
 */
record UserTaskResultset(int page, int pageSize, long total, List<UserTaskResponse> userTasks) {

}

package org.usertasks.task;

import java.util.List;

/**
 * One page of tasks and the total number of tasks.
 */
public record TaskPage(int page, int pageSize, long total, List<TaskView> tasks) {
}

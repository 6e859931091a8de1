package org.usertasks.task;

import java.util.List;

/**
 * A task as the API shows it: the task and its comment thread, oldest first.
 */
public record TaskView(Task task, List<TaskComment> comments) {
}

package org.usertasks.task;

import java.util.UUID;

import org.usertasks.system.ConflictException;

/**
 * A status change the task's rules forbid: a Completed task can only be re-opened.
 */
public class StatusTransitionException extends ConflictException {

	StatusTransitionException(UUID uid, TaskStatus from, TaskStatus to) {
		super("status-transition", "Task '" + uid + "' is " + from + " and cannot move to " + to
				+ "; a Completed task can only move to ReOpened.");
	}

}

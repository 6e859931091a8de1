package org.usertasks.task;

import org.usertasks.system.CodedEnum;

/**
 * A task's status, numbered as in Struct's UserTaskStatus.
 */
public enum TaskStatus implements CodedEnum {

	/** A new task that has not been processed yet. */
	New(0),
	/** An otherwise completed task that has been re-opened. */
	ReOpened(1),
	/** A task that is being worked on. */
	InProgress(2),
	/** A task that waits for feedback from someone. */
	AwaitingFeedback(3),
	/** A completed task. */
	Completed(4);

	private final int code;

	TaskStatus(int code) {
		this.code = code;
	}

	@Override
	public int code() {
		return this.code;
	}

	/**
	 * Whether a task in this status may move to the other one: a Completed task can only
	 * be re-opened (or stay Completed); any other status may move anywhere.
	 */
	public boolean canMoveTo(TaskStatus next) {
		return this != Completed || next == Completed || next == ReOpened;
	}

}

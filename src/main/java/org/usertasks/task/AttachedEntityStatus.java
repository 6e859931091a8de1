package org.usertasks.task;

import org.usertasks.system.CodedEnum;

/**
 * Whether the work on one attached entity is done.
 */
public enum AttachedEntityStatus implements CodedEnum {

	Pending(0), Done(1);

	private final int code;

	AttachedEntityStatus(int code) {
		this.code = code;
	}

	@Override
	public int code() {
		return this.code;
	}

}

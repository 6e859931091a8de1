package org.usertasks.identity;

import org.usertasks.system.CodedEnum;

/**
 * A user's status, as Struct numbers it. Keys of a disabled user stop working.
 */
public enum UserStatus implements CodedEnum {

	Invited(0), Active(1), Disabled(2);

	private final int code;

	UserStatus(int code) {
		this.code = code;
	}

	@Override
	public int code() {
		return this.code;
	}

}

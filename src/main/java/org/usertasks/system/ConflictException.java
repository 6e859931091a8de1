package org.usertasks.system;

/**
 * The request cannot be carried out in the current state of things (for example, it would
 * remove the last admin key).
 */
public abstract class ConflictException extends RuntimeException {

	protected ConflictException(String message) {
		super(message);
	}

}

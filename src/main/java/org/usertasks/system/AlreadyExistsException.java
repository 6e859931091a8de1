package org.usertasks.system;

/**
 * A create named an id that is already taken.
 */
public abstract class AlreadyExistsException extends RuntimeException {

	protected AlreadyExistsException(String message) {
		super(message);
	}

}

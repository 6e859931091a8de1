package org.usertasks.system;

/**
 * Something the request names by id does not exist. Each feature subclasses it with its
 * own name.
 */
public abstract class NotFoundException extends RuntimeException {

	protected NotFoundException(String message) {
		super(message);
	}

}

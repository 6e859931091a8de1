package org.usertasks.system;

/**
 * The caller is known but may not do this (for example, edit somebody else's comment).
 */
public class NotPermittedException extends RuntimeException {

	public NotPermittedException(String message) {
		super(message);
	}

}

package org.usertasks.system;

/**
 * A conditional request (If-Match) named a version that is no longer current.
 */
public abstract class StaleVersionException extends RuntimeException {

	private final long currentVersion;

	protected StaleVersionException(String message, long currentVersion) {
		super(message);
		this.currentVersion = currentVersion;
	}

	public long currentVersion() {
		return this.currentVersion;
	}

}

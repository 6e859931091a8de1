package org.usertasks.system;

import java.util.Map;

/**
 * The request cannot be carried out in the current state of things. The reason is a
 * stable, machine-readable word ({@code last-admin-key}, {@code claimed},
 * {@code status-transition}) that the problem detail carries.
 */
public abstract class ConflictException extends RuntimeException {

	private final String reason;

	private final Map<String, Object> properties;

	protected ConflictException(String reason, String message) {
		this(reason, message, Map.of());
	}

	protected ConflictException(String reason, String message, Map<String, Object> properties) {
		super(message);
		this.reason = reason;
		this.properties = Map.copyOf(properties);
	}

	public String reason() {
		return this.reason;
	}

	/** More that the client may use, such as who holds a claimed task. */
	public Map<String, Object> properties() {
		return this.properties;
	}

}

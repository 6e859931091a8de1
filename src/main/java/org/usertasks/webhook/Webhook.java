package org.usertasks.webhook;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A subscription: where to POST which events, signed with the secret when there is one.
 *
 * @param enabledEvents event names; {@code usertasks:*} (or {@code *}) means all
 * @param advancedSettings kept as the client sent it (JSON text), not interpreted
 */
record Webhook(UUID uid, @Nullable String title, String url, boolean active, @Nullable String secret,
		List<String> enabledEvents, @Nullable String advancedSettings, List<Header> requestHeaders,
		OffsetDateTime created, OffsetDateTime lastModified) {

	/** A header sent with every delivery. */
	record Header(String name, String value) {
	}

	boolean wants(String eventName) {
		return this.enabledEvents.stream()
			.anyMatch((pattern) -> pattern.equals("*") || pattern.equals(eventName)
					|| (pattern.endsWith(":*") && eventName.startsWith(pattern.substring(0, pattern.length() - 1))));
	}

}

package org.usertasks.task;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Where a cursor page starts: just after the task with this sort value and Uid. Clients
 * see it as an opaque text (base64url) and get it from the {@code Link} header; it names
 * its sort, so it cannot be used with another.
 *
 * @param sort the order the cursor belongs to
 * @param value the sort column's value on the last task read (null: no deadline or title)
 * @param uid the Uid of the last task read
 */
record TaskCursor(TaskSort sort, @Nullable Object value, UUID uid) {

	private static final String VERSION = "1";

	/** The cursor as a client sends it back in {@code after}. */
	String encode() {
		String text = VERSION + "\n" + this.sort.wireValue() + "\n" + this.uid + "\n" + encodeValue(this.value);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Reads a cursor this service gave out.
	 * @throws IllegalArgumentException with a message for the client when the text is not
	 * such a cursor
	 */
	static TaskCursor decode(String text) {
		String[] parts;
		try {
			parts = new String(Base64.getUrlDecoder().decode(text.trim()), StandardCharsets.UTF_8).split("\n", 4);
		}
		catch (IllegalArgumentException ex) {
			throw notACursor();
		}
		if (parts.length != 4 || !parts[0].equals(VERSION)) {
			throw notACursor();
		}
		TaskSort sort = TaskSort.parse(parts[1]);
		if (sort == null) {
			throw notACursor();
		}
		try {
			return new TaskCursor(sort, decodeValue(sort.key(), parts[3]), UUID.fromString(parts[2]));
		}
		catch (RuntimeException ex) {
			throw notACursor();
		}
	}

	private static String encodeValue(@Nullable Object value) {
		if (value == null) {
			return "-";
		}
		// Timestamps as UTC instants with every digit the database gave, so the
		// comparison with the stored value is exact.
		return "=" + ((value instanceof OffsetDateTime timestamp) ? timestamp.toInstant().toString() : value);
	}

	private static @Nullable Object decodeValue(TaskSort.Key key, String text) {
		if (text.equals("-") && key.nullable()) {
			return null;
		}
		if (!text.startsWith("=")) {
			throw notACursor();
		}
		String value = text.substring(1);
		if (key.type() == OffsetDateTime.class) {
			return OffsetDateTime.ofInstant(Instant.parse(value), ZoneOffset.UTC);
		}
		if (key.type() == Integer.class) {
			return Integer.valueOf(value);
		}
		return value;
	}

	private static IllegalArgumentException notACursor() {
		return new IllegalArgumentException("is not a cursor from this service's Link header");
	}

}

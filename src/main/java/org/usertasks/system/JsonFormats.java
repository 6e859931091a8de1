package org.usertasks.system;

import java.time.OffsetDateTime;

/**
 * The wire formats, for code that writes them outside JSON (history values, headers).
 */
public final class JsonFormats {

	private JsonFormats() {
	}

	/**
	 * A timestamp exactly as the API writes it:
	 * {@code 2023-01-14T00:00:00.0000000+02:00}.
	 */
	public static String timestamp(OffsetDateTime value) {
		return JsonConfiguration.WIRE_TIMESTAMP.format(value);
	}

}

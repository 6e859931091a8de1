package org.usertasks.inbox;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Times as the task pages show and read them. The pages run without inline scripts, so
 * they cannot learn the browser's time zone: they show and read times in UTC, and say so.
 */
final class WebTimes {

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm 'UTC'",
			Locale.ENGLISH);

	private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	private WebTimes() {
	}

	/** "5 Mar 2024, 17:00 UTC": every time the inbox and the task pages show. */
	static String shown(OffsetDateTime time) {
		return SHOWN.format(time.withOffsetSameInstant(ZoneOffset.UTC));
	}

	/** The value of a datetime-local input: "2024-03-05T17:00", in UTC. */
	static String inputValue(@Nullable OffsetDateTime time) {
		return (time != null) ? INPUT.format(time.withOffsetSameInstant(ZoneOffset.UTC)) : "";
	}

	/**
	 * Reads a typed time: with an offset ("2024-03-05T17:00+01:00") as given, without one
	 * as UTC; blank is no time.
	 * @throws DateTimeParseException when the text is no time
	 */
	static @Nullable OffsetDateTime parse(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String trimmed = text.trim();
		try {
			return OffsetDateTime.parse(trimmed).truncatedTo(ChronoUnit.SECONDS);
		}
		catch (DateTimeParseException noOffset) {
			return LocalDateTime.parse(trimmed).atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
		}
	}

}

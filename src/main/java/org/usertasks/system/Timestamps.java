package org.usertasks.system;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Server-made timestamps: UTC, to the microsecond, which both databases store exactly.
 */
public final class Timestamps {

	private Timestamps() {
	}

	public static OffsetDateTime now(Clock clock) {
		return OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
	}

}

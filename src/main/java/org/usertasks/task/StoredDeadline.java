package org.usertasks.task;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;

/**
 * How a deadline is kept so that it comes back exactly as the client sent it, on both
 * databases: the instant (to the microsecond, for queries), the offset the client used,
 * and the full fraction of the second. PostgreSQL keeps only microseconds and answers in
 * UTC; Struct's timestamps carry 100 ns ticks and the sender's offset.
 */
final class StoredDeadline {

	private StoredDeadline() {
	}

	static @Nullable OffsetDateTime instantColumn(@Nullable OffsetDateTime deadline) {
		// Truncated rather than rounded, so the stored second is always the deadline's
		// own second. In UTC, because PostgreSQL refuses offsets beyond 15:59 that ISO
		// allows; the offset has a column of its own.
		return (deadline != null) ? deadline.truncatedTo(ChronoUnit.MICROS).withOffsetSameInstant(ZoneOffset.UTC)
				: null;
	}

	static @Nullable Integer offsetColumn(@Nullable OffsetDateTime deadline) {
		return (deadline != null) ? deadline.getOffset().getTotalSeconds() : null;
	}

	static @Nullable Integer nanosColumn(@Nullable OffsetDateTime deadline) {
		return (deadline != null) ? deadline.getNano() : null;
	}

	static @Nullable OffsetDateTime read(@Nullable OffsetDateTime instant, @Nullable Integer offsetSeconds,
			@Nullable Integer nanos) {
		if (instant == null) {
			return null;
		}
		Instant second = instant.toInstant().truncatedTo(ChronoUnit.SECONDS);
		Instant exact = (nanos != null) ? second.plusNanos(nanos) : instant.toInstant();
		ZoneOffset offset = (offsetSeconds != null) ? ZoneOffset.ofTotalSeconds(offsetSeconds) : ZoneOffset.UTC;
		return OffsetDateTime.ofInstant(exact, offset);
	}

}

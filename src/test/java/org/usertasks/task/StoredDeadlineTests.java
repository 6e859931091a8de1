package org.usertasks.task;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a deadline is split into columns that both databases keep, and put together again
 * exactly.
 */
class StoredDeadlineTests {

	@Test
	void splitsADeadlineIntoItsMicrosecondInstantInUtcOffsetAndFraction() {
		OffsetDateTime deadline = OffsetDateTime.parse("2025-11-04T23:40:48.9992648+02:00");

		OffsetDateTime instant = StoredDeadline.instantColumn(deadline);
		Integer offset = StoredDeadline.offsetColumn(deadline);
		Integer nanos = StoredDeadline.nanosColumn(deadline);

		assertThat(instant).isEqualTo(OffsetDateTime.parse("2025-11-04T21:40:48.999264Z"));
		assertThat(offset).isEqualTo(7200);
		assertThat(nanos).isEqualTo(999_264_800);
	}

	@Test
	void truncatesTheInstantSoThatItStaysInTheDeadlinesSecond() {
		OffsetDateTime deadline = OffsetDateTime.parse("2024-12-31T23:59:59.9999999Z");

		OffsetDateTime instant = StoredDeadline.instantColumn(deadline);

		assertThat(instant).isEqualTo(OffsetDateTime.parse("2024-12-31T23:59:59.999999Z"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2024-07-01T12:00:00+18:00", "2024-07-01T12:00:00-18:00", "2024-07-01T12:00:00+16:00" })
	void storesTheInstantInUtcBecausePostgresqlRefusesOffsetsBeyondFifteenFiftyNine(String value) {
		OffsetDateTime deadline = OffsetDateTime.parse(value);

		OffsetDateTime instant = StoredDeadline.instantColumn(deadline);

		assertThat(instant.getOffset()).isEqualTo(ZoneOffset.UTC);
		assertThat(instant.toInstant()).isEqualTo(deadline.toInstant());
	}

	@ParameterizedTest
	@ValueSource(strings = { "2025-11-04T21:40:48.9992648+00:00", "2023-01-14T00:00:00+02:00",
			"2024-12-31T23:59:59.9999999-09:30", "2024-01-01T00:00:00.0000001+14:00", "1970-01-01T00:00:00-18:00",
			"2024-02-29T12:00:00.000000999+05:45", "2024-07-01T12:00:00.1234567+18:00" })
	void readsBackExactlyWhatWasSplitEvenWhenTheDatabaseAnswersInUtc(String value) {
		OffsetDateTime deadline = OffsetDateTime.parse(value);
		OffsetDateTime asPostgresqlAnswers = StoredDeadline.instantColumn(deadline)
			.withOffsetSameInstant(ZoneOffset.UTC);

		OffsetDateTime read = StoredDeadline.read(asPostgresqlAnswers, StoredDeadline.offsetColumn(deadline),
				StoredDeadline.nanosColumn(deadline));

		assertThat(read).isEqualTo(deadline);
	}

	@Test
	void readsARowWithoutOffsetOrFractionAsTheInstantInUtc() {
		OffsetDateTime instant = OffsetDateTime.parse("2023-01-14T00:00:00.123456+02:00");

		OffsetDateTime read = StoredDeadline.read(instant, null, null);

		assertThat(read).isEqualTo(OffsetDateTime.parse("2023-01-13T22:00:00.123456Z"));
	}

	@Test
	void keepsNoDeadlineAsNone() {
		assertThat(StoredDeadline.instantColumn(null)).isNull();
		assertThat(StoredDeadline.offsetColumn(null)).isNull();
		assertThat(StoredDeadline.nanosColumn(null)).isNull();
		assertThat(StoredDeadline.read(null, 7200, 5)).isNull();
	}

}

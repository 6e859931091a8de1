package org.usertasks.system;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hand-written timestamp writes exactly what the formatter pattern writes.
 */
class JsonFormatsTests {

	@Test
	void writesSevenFractionalDigitsAndTheOffsetAsStructDoes() {
		assertThat(JsonFormats.timestamp(OffsetDateTime.parse("2023-01-14T00:00:00+02:00")))
			.isEqualTo("2023-01-14T00:00:00.0000000+02:00");
		assertThat(JsonFormats.timestamp(OffsetDateTime.parse("2027-12-31T23:59:59.123456789-09:30")))
			.isEqualTo("2027-12-31T23:59:59.1234567-09:30");
		assertThat(JsonFormats.timestamp(OffsetDateTime.parse("0042-03-04T05:06:07.000000100Z")))
			.isEqualTo("0042-03-04T05:06:07.0000001+00:00");
	}

	@ParameterizedTest
	@ValueSource(strings = { "+10000-01-01T00:00:00Z", "-0001-06-01T12:00:00+01:00", "2024-02-29T10:00:00+05:30:15",
			"2024-02-29T10:00:00-00:00:01" })
	void leavesRareYearsAndOffsetsWithSecondsToTheFormatter(String text) {
		OffsetDateTime value = OffsetDateTime.parse(text);

		assertThat(JsonFormats.timestamp(value)).isEqualTo(JsonFormats.WIRE_TIMESTAMP.format(value));
	}

	@Test
	void agreesWithTheFormatterOnAnyTimestamp() {
		SplittableRandom random = new SplittableRandom(20261130);
		for (int i = 0; i < 100_000; i++) {
			LocalDateTime local = LocalDateTime.of(random.nextInt(0, 10_000), random.nextInt(1, 13),
					random.nextInt(1, 29), random.nextInt(0, 24), random.nextInt(0, 60), random.nextInt(0, 60),
					random.nextInt(0, 1_000_000_000));
			ZoneOffset offset = ZoneOffset.ofTotalSeconds(60 * random.nextInt(-18 * 60, 18 * 60 + 1));
			OffsetDateTime value = OffsetDateTime.of(local, offset);

			assertThat(JsonFormats.timestamp(value)).as("%s", value)
				.isEqualTo(JsonFormats.WIRE_TIMESTAMP.format(value));
		}
	}

}

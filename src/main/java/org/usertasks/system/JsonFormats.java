package org.usertasks.system;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The wire formats, for JSON and for code that writes them outside JSON (history values,
 * headers).
 */
public final class JsonFormats {

	/**
	 * Seven fractional digits and an explicit offset, as Struct (.NET) writes them; an
	 * offset with seconds keeps them.
	 */
	static final DateTimeFormatter WIRE_TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSxxxxx");

	private JsonFormats() {
	}

	/**
	 * A timestamp exactly as the API writes it:
	 * {@code 2023-01-14T00:00:00.0000000+02:00}. Written by hand for the usual case (a
	 * four-digit year, an offset in whole minutes), as {@link #WIRE_TIMESTAMP} would
	 * write it: the formatter prints the fraction through BigDecimal, which made
	 * timestamps an eighth of the CPU of a page of 100 tasks (BENCHMARKS.md).
	 */
	public static String timestamp(OffsetDateTime value) {
		int year = value.getYear();
		int offsetSeconds = value.getOffset().getTotalSeconds();
		if (year < 0 || year > 9999 || offsetSeconds % 60 != 0) {
			return WIRE_TIMESTAMP.format(value);
		}
		byte[] text = new byte[33];
		digits(text, 0, year, 4);
		text[4] = '-';
		digits(text, 5, value.getMonthValue(), 2);
		text[7] = '-';
		digits(text, 8, value.getDayOfMonth(), 2);
		text[10] = 'T';
		digits(text, 11, value.getHour(), 2);
		text[13] = ':';
		digits(text, 14, value.getMinute(), 2);
		text[16] = ':';
		digits(text, 17, value.getSecond(), 2);
		text[19] = '.';
		// Seven digits of the fraction, cut (not rounded) as the formatter cuts them.
		digits(text, 20, value.getNano() / 100, 7);
		text[27] = (byte) ((offsetSeconds < 0) ? '-' : '+');
		int offsetMinutes = Math.abs(offsetSeconds) / 60;
		digits(text, 28, offsetMinutes / 60, 2);
		text[30] = ':';
		digits(text, 31, offsetMinutes % 60, 2);
		return new String(text, StandardCharsets.ISO_8859_1);
	}

	/** Writes {@code value} as exactly {@code width} decimal digits, zero-padded. */
	private static void digits(byte[] text, int at, int value, int width) {
		for (int i = at + width - 1; i >= at; i--) {
			text[i] = (byte) ('0' + value % 10);
			value /= 10;
		}
	}

}

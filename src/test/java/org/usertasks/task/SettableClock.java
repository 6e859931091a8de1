package org.usertasks.task;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock that stands still until a test moves it, so that the timestamps the service
 * makes ({@code Created}, {@code LastModified}) are known before the request is sent.
 */
public final class SettableClock extends Clock {

	/** Where the clock stands at the start of each test. */
	public static final Instant START = Instant.parse("2024-03-01T08:00:00Z");

	private static final DateTimeFormatter WIRE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSSxxx")
		.withZone(ZoneOffset.UTC);

	private final AtomicReference<Instant> now = new AtomicReference<>(START);

	public void set(Instant instant) {
		this.now.set(instant);
	}

	public void set(String isoInstant) {
		set(Instant.parse(isoInstant));
	}

	public Instant advance(Duration duration) {
		return this.now.updateAndGet((instant) -> instant.plus(duration));
	}

	/** The current time as the service writes its own timestamps: UTC, 7 digits. */
	public String wireNow() {
		return wire(instant());
	}

	/** An instant as the service writes its own timestamps: UTC, 7 fractional digits. */
	public static String wire(Instant instant) {
		return WIRE.format(instant);
	}

	@Override
	public Instant instant() {
		return this.now.get();
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(instant(), zone);
	}

	/** Puts the settable clock in place of the system clock. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		@Primary
		SettableClock settableClock() {
			return new SettableClock();
		}

	}

}

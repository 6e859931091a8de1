package org.usertasks.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.LongSupplier;

import com.github.benmanes.caffeine.cache.Ticker;

/**
 * A Caffeine {@link Ticker} that follows the application's {@link Clock}, so that a test
 * moving its clock forward expires cache entries without sleeping. Each reading moves on
 * by the clock's step or the elapsed real time, whichever is larger: a clock set back (an
 * NTP step, a test setting an earlier time) never keeps entries alive longer than their
 * time to live.
 */
final class ClockTicker implements Ticker {

	private final Clock clock;

	private final LongSupplier nanoTime;

	private Instant lastInstant;

	private long lastNanoTime;

	private long ticks;

	ClockTicker(Clock clock) {
		this(clock, System::nanoTime);
	}

	ClockTicker(Clock clock, LongSupplier nanoTime) {
		this.clock = clock;
		this.nanoTime = nanoTime;
		this.lastInstant = clock.instant();
		this.lastNanoTime = nanoTime.getAsLong();
	}

	@Override
	public synchronized long read() {
		Instant instant = this.clock.instant();
		long nanoTime = this.nanoTime.getAsLong();
		long clockStep = Duration.between(this.lastInstant, instant).toNanos();
		this.ticks += Math.max(clockStep, nanoTime - this.lastNanoTime);
		this.lastInstant = instant;
		this.lastNanoTime = nanoTime;
		return this.ticks;
	}

}

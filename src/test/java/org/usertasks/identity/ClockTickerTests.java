package org.usertasks.identity;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import org.usertasks.task.SettableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The key cache's ticker follows the application's clock forward, and real time when the
 * clock stands still or is set back, so no entry outlives its time to live.
 */
class ClockTickerTests {

	private final SettableClock clock = new SettableClock();

	private final AtomicLong nanoTime = new AtomicLong(1_000);

	private final ClockTicker ticker = new ClockTicker(this.clock, this.nanoTime::get);

	@Test
	void movesOnAsFarAsTheClockIsAdvanced() {
		long before = this.ticker.read();

		this.clock.advance(Duration.ofSeconds(11));

		assertThat(this.ticker.read() - before).isEqualTo(Duration.ofSeconds(11).toNanos());
	}

	@Test
	void movesOnWithRealTimeWhileTheClockStandsStill() {
		long before = this.ticker.read();

		this.nanoTime.addAndGet(Duration.ofSeconds(3).toNanos());

		assertThat(this.ticker.read() - before).isEqualTo(Duration.ofSeconds(3).toNanos());
	}

	@Test
	void neverRunsBackwardsWhenTheClockIsSetBack() {
		this.clock.advance(Duration.ofHours(1));
		long before = this.ticker.read();

		this.clock.set(SettableClock.START);
		this.nanoTime.addAndGet(Duration.ofSeconds(2).toNanos());
		long afterSetBack = this.ticker.read();
		this.clock.advance(Duration.ofSeconds(5));

		assertThat(afterSetBack - before).isEqualTo(Duration.ofSeconds(2).toNanos());
		assertThat(this.ticker.read() - afterSetBack).isEqualTo(Duration.ofSeconds(5).toNanos());
	}

}

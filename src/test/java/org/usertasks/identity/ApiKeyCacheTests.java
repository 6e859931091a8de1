package org.usertasks.identity;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;
import org.springframework.util.unit.DataSize;
import org.usertasks.system.ApiProperties;
import org.usertasks.task.SettableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cache of API-key callers keeps successes for its time to live, never failures, and
 * forgets everything when a change commits, including an answer looked up while the
 * change committed.
 */
class ApiKeyCacheTests {

	private static final Duration TTL = Duration.ofSeconds(10);

	private static final CurrentUser ANN = new CurrentUser("ann", "Ann Lee", Set.of(), false);

	private final SettableClock clock = new SettableClock();

	private final ApiKeyCache cache = cacheWithTtl(TTL);

	private final CountingLookup lookup = new CountingLookup(Optional.of(ANN));

	@Test
	void answersARepeatWithoutALookup() {
		Optional<CurrentUser> first = this.cache.get("hash", this.lookup);

		Optional<CurrentUser> repeat = this.cache.get("hash", this.lookup);

		assertThat(first).contains(ANN);
		assertThat(repeat).contains(ANN);
		assertThat(this.lookup.count()).isEqualTo(1);
	}

	@Test
	void looksUpAnUnknownKeyEveryTime() {
		CountingLookup unknown = new CountingLookup(Optional.empty());

		this.cache.get("hash", unknown);
		Optional<CurrentUser> repeat = this.cache.get("hash", unknown);

		assertThat(repeat).isEmpty();
		assertThat(unknown.count()).isEqualTo(2);
	}

	@Test
	void looksUpAgainOnceTheTtlHasPassedOnTheClock() {
		this.cache.get("hash", this.lookup);

		this.clock.advance(TTL.minusSeconds(5));
		this.cache.get("hash", this.lookup);
		int beforeTheTtl = this.lookup.count();
		this.clock.advance(Duration.ofSeconds(6));
		this.cache.get("hash", this.lookup);

		assertThat(beforeTheTtl).isEqualTo(1);
		assertThat(this.lookup.count()).isEqualTo(2);
	}

	@Test
	void looksUpAgainAfterAClear() {
		this.cache.get("hash", this.lookup);

		this.cache.clear();
		this.cache.get("hash", this.lookup);

		assertThat(this.lookup.count()).isEqualTo(2);
	}

	@Test
	void clearsInATransactionOnlyOnceItCommits() {
		this.cache.get("hash", this.lookup);
		TransactionSynchronizationManager.initSynchronization();
		try {
			this.cache.clear();
			this.cache.get("hash", this.lookup);
			int beforeTheCommit = this.lookup.count();
			TransactionSynchronizationUtils.triggerAfterCommit();
			this.cache.get("hash", this.lookup);

			assertThat(beforeTheCommit).isEqualTo(1);
			assertThat(this.lookup.count()).isEqualTo(2);
		}
		finally {
			TransactionSynchronizationManager.clearSynchronization();
		}
	}

	@Test
	void keepsNoAnswerLookedUpWhileAChangeCommitted() {
		Function<String, Optional<CurrentUser>> overtaken = (hash) -> {
			Optional<CurrentUser> before = this.lookup.apply(hash);
			this.cache.clear();
			return before;
		};

		this.cache.get("hash", overtaken);
		this.cache.get("hash", this.lookup);

		assertThat(this.lookup.count()).isEqualTo(2);
	}

	@Test
	void looksUpEveryTimeWhenTheTtlIsZero() {
		ApiKeyCache off = cacheWithTtl(Duration.ZERO);

		off.get("hash", this.lookup);
		off.get("hash", this.lookup);

		assertThat(this.lookup.count()).isEqualTo(2);
	}

	private ApiKeyCache cacheWithTtl(Duration ttl) {
		return new ApiKeyCache(new ApiProperties(DataSize.ofMegabytes(2), ttl, DataSize.ofMegabytes(16)), this.clock);
	}

	private static final class CountingLookup implements Function<String, Optional<CurrentUser>> {

		private final AtomicInteger calls = new AtomicInteger();

		private final Optional<CurrentUser> answer;

		CountingLookup(Optional<CurrentUser> answer) {
			this.answer = answer;
		}

		@Override
		public Optional<CurrentUser> apply(String keyHash) {
			this.calls.incrementAndGet();
			return this.answer;
		}

		int count() {
			return this.calls.get();
		}

	}

}

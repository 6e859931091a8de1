package org.usertasks.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.usertasks.system.ApiProperties;

/**
 * The callers of API keys that worked recently, by key hash, so that a repeat request
 * costs no query. Only successes are kept: an unknown key is looked up each time, so
 * random keys cannot fill memory and a new key works at once.
 * <p>
 * Every write that can change what a key that worked answers (revoking it; updating,
 * disabling or deleting its user, whose name and groups the caller carries; deleting a
 * group) calls {@link #clear()}, so the change applies to the next request here. Changes
 * made by other instances apply once an entry is {@code usertasks.api.key-cache-ttl} old.
 */
@Component
class ApiKeyCache {

	/** Far more keys than a deployment has; it only bounds the memory. */
	private static final int MAX_ENTRIES = 10_000;

	private final @Nullable Cache<String, CurrentUser> callers;

	/** Counts clears, so that a lookup that overlapped one does not keep its answer. */
	private final AtomicLong clears = new AtomicLong();

	ApiKeyCache(ApiProperties properties, Clock clock) {
		Duration ttl = properties.keyCacheTtl();
		this.callers = ttl.isZero() ? null
				: Caffeine.newBuilder()
					.maximumSize(MAX_ENTRIES)
					.expireAfterWrite(ttl)
					.ticker(new ClockTicker(clock))
					.build();
	}

	/**
	 * The caller behind a key hash: from memory when the key worked recently, else from
	 * {@code lookup}, whose success is kept.
	 */
	Optional<CurrentUser> get(String keyHash, Function<String, Optional<CurrentUser>> lookup) {
		if (this.callers == null) {
			return lookup.apply(keyHash);
		}
		CurrentUser cached = this.callers.getIfPresent(keyHash);
		if (cached != null) {
			return Optional.of(cached);
		}
		// The lookup runs outside the cache's locks: a slow database must not hold up
		// other keys.
		long clearsBefore = this.clears.get();
		Optional<CurrentUser> caller = lookup.apply(keyHash);
		if (caller.isPresent()) {
			this.callers.put(keyHash, caller.get());
			if (this.clears.get() != clearsBefore) {
				// A change committed during the lookup, which may have read the state
				// before it. (A clear after this check removes the entry itself.)
				this.callers.invalidate(keyHash);
			}
		}
		return caller;
	}

	/**
	 * Forgets every caller once the current transaction commits (at once outside one): a
	 * request between the write and the commit would otherwise read and keep the old
	 * answer again.
	 */
	void clear() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					clearNow();
				}
			});
		}
		else {
			clearNow();
		}
	}

	private void clearNow() {
		this.clears.incrementAndGet();
		if (this.callers != null) {
			this.callers.invalidateAll();
		}
	}

}

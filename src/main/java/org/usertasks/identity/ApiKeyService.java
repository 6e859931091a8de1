package org.usertasks.identity;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.usertasks.system.InvalidRequestException;
import org.usertasks.system.Sha256;
import org.usertasks.system.Timestamps;

/**
 * Issues, lists, revokes and checks API keys. A key is random and high-entropy, so a
 * plain SHA-256 is enough to store it safely and lets every request be checked with one
 * indexed lookup, and a key that worked recently with none ({@link ApiKeyCache}).
 */
@Service
class ApiKeyService {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ApiKeyRepository keys;

	private final UserRepository users;

	private final ApiKeyCache callers;

	private final TransactionTemplate readOnly;

	private final Clock clock;

	ApiKeyService(ApiKeyRepository keys, UserRepository users, ApiKeyCache callers,
			PlatformTransactionManager transactions, Clock clock) {
		this.keys = keys;
		this.users = users;
		this.callers = callers;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.clock = clock;
	}

	/** A new key: the secret is in the answer and nowhere else. */
	record IssuedKey(ApiKey key, String secret) {
	}

	@Transactional
	IssuedKey create(String userId, @Nullable String name, boolean admin) {
		if (!this.users.exists(userId)) {
			throw new InvalidRequestException("UserId", "no user with Uid '" + userId + "'");
		}
		return issue(userId, name, admin, newSecret());
	}

	/**
	 * Stores a key with a secret chosen elsewhere (the bootstrap key from the
	 * environment).
	 */
	@Transactional
	IssuedKey issue(String userId, @Nullable String name, boolean admin, String secret) {
		ApiKey key = new ApiKey(UUID.randomUUID(), userId, name, admin, Timestamps.now(this.clock));
		// Nothing cached to clear: the cache keeps only keys that worked, never this new
		// one.
		this.keys.insert(key, hash(secret));
		return new IssuedKey(key, secret);
	}

	@Transactional
	void revoke(UUID uid) {
		ApiKey key = this.keys.find(uid).orElseThrow(() -> new ApiKeyNotFoundException(uid));
		this.keys.delete(uid);
		this.callers.clear();
		if (key.admin() && this.keys.countWorkingAdminKeys() == 0) {
			throw new LastAdminKeyException("Revoking API key '" + uid + "'");
		}
	}

	@Transactional(readOnly = true)
	List<ApiKey> list() {
		return this.keys.findAll();
	}

	/**
	 * The caller behind a presented key, or empty when the key is unknown, revoked or its
	 * user disabled.
	 */
	Optional<CurrentUser> authenticate(String presentedKey) {
		// The transaction is only opened for a lookup: a key answered from the cache
		// should not take a connection from the pool.
		return this.callers.get(hash(presentedKey),
				(keyHash) -> this.readOnly.execute((status) -> this.keys.findCaller(keyHash)));
	}

	@Transactional(readOnly = true)
	boolean hasWorkingAdminKey() {
		return this.keys.countWorkingAdminKeys() > 0;
	}

	@Transactional(readOnly = true)
	boolean isKnown(String secret) {
		return this.keys.existsWithHash(hash(secret));
	}

	static String newSecret() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return "ut_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String secret) {
		return Sha256.hex(secret.getBytes(StandardCharsets.UTF_8));
	}

}

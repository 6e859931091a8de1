package org.usertasks.identity;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.usertasks.system.InvalidRequestException;
import org.usertasks.system.Sha256;
import org.usertasks.system.Timestamps;

/**
 * Passwords and invite links for people who sign in to the web inbox. A user with the
 * role {@value #ADMIN_ROLE} administers the service in the browser, as an admin key does
 * through the API.
 */
@Service
public class SignInService {

	/** The Struct user role that makes a signed-in person an administrator. */
	public static final String ADMIN_ROLE = "Admin";

	static final int MAX_PASSWORD_LENGTH = 200;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final CredentialRepository credentials;

	private final UserRepository users;

	private final PasswordEncoder encoder;

	private final SignInProperties properties;

	private final Clock clock;

	/**
	 * Compared against when the user is unknown, so that a miss costs as long as a hit.
	 */
	private final String decoyHash;

	SignInService(CredentialRepository credentials, UserRepository users, PasswordEncoder encoder,
			SignInProperties properties, Clock clock) {
		this.credentials = credentials;
		this.users = users;
		this.encoder = encoder;
		this.properties = properties;
		this.clock = clock;
		this.decoyHash = encoder.encode("decoy password, never a real one");
	}

	/** An invite link's secret part, and until when it works. */
	public record Invite(String userId, String token, OffsetDateTime expires) {
	}

	/**
	 * Checks a password and answers who signed in. Failures count towards a lock-out; the
	 * count is written even though the sign-in fails, hence a transaction of its own.
	 * @throws BadCredentialsException for an unknown user, a wrong password or a user
	 * without one, all alike
	 * @throws LockedException while too many failures lock the account
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW, noRollbackFor = BadCredentialsException.class)
	CurrentUser authenticate(String login, String password) {
		OffsetDateTime now = Timestamps.now(this.clock);
		Optional<CredentialRepository.Credential> found = userIdFor(login).flatMap(this.credentials::find);
		if (found.isEmpty()) {
			this.encoder.matches(password, this.decoyHash);
			throw new BadCredentialsException("Wrong user or password.");
		}
		CredentialRepository.Credential credential = found.get();
		if (credential.lockedUntil() != null) {
			if (credential.lockedUntil().isAfter(now)) {
				throw new LockedException(lockedMessage(credential.lockedUntil(), now));
			}
			this.credentials.clearFailures(credential.userId());
		}
		if (!this.encoder.matches(password, credential.passwordHash())) {
			this.credentials.recordFailure(credential.userId(), this.properties.maxFailures(),
					now.plus(this.properties.lockDuration()));
			throw new BadCredentialsException("Wrong user or password.");
		}
		if (credential.failedSignIns() > 0) {
			this.credentials.clearFailures(credential.userId());
		}
		if (this.encoder.upgradeEncoding(credential.passwordHash())) {
			this.credentials.savePassword(credential.userId(), this.encoder.encode(password), now);
		}
		return callerOf(credential.userId()).orElseThrow(() -> new BadCredentialsException("Wrong user or password."));
	}

	/**
	 * The signed-in person as they are now: groups and role as stored, empty when the
	 * user was deleted or disabled since signing in.
	 */
	@Transactional(readOnly = true)
	public Optional<CurrentUser> callerOf(String userId) {
		return this.users.find(userId)
			.filter((user) -> user.status() != UserStatus.Disabled)
			.map((user) -> new CurrentUser(user.uid(), displayNameOrId(user), Set.copyOf(user.userGroups()),
					isAdmin(user)));
	}

	@Transactional
	public void setPassword(String userId, String password) {
		requireUser(userId);
		checkPassword(password);
		this.credentials.savePassword(userId, this.encoder.encode(password), Timestamps.now(this.clock));
	}

	/** A signed-in person's own change, which needs the current password. */
	@Transactional
	public void changePassword(String userId, String current, String password) {
		Optional<CredentialRepository.Credential> credential = this.credentials.find(userId);
		if (credential.isEmpty() || !this.encoder.matches(current, credential.get().passwordHash())) {
			throw new InvalidRequestException("current", "That is not your current password.");
		}
		checkPassword(password);
		this.credentials.savePassword(userId, this.encoder.encode(password), Timestamps.now(this.clock));
	}

	@Transactional(readOnly = true)
	public boolean hasPassword(String userId) {
		return this.credentials.exists(userId);
	}

	/** Removes the password: the user can no longer sign in until given a new one. */
	@Transactional
	public void removePassword(String userId) {
		requireUser(userId);
		this.credentials.removePassword(userId);
	}

	/** A new one-time link to choose a password; it replaces the user's earlier one. */
	@Transactional
	public Invite invite(String userId) {
		requireUser(userId);
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		OffsetDateTime now = Timestamps.now(this.clock);
		OffsetDateTime expires = now.plus(this.properties.inviteValidity());
		this.credentials.replaceInvite(userId, hash(token), now, expires);
		return new Invite(userId, token, expires);
	}

	/** The user an invite link is for, while it works. */
	@Transactional(readOnly = true)
	public Optional<String> inviteeOf(String token) {
		return this.credentials.inviteeOf(hash(token), Timestamps.now(this.clock));
	}

	/**
	 * Sets the password an invite lets its user choose, and uses the invite up.
	 * @return the user, or empty when the link is unknown, expired or already used
	 */
	@Transactional
	public Optional<String> redeem(String token, String password) {
		Optional<String> userId = inviteeOf(token);
		if (userId.isEmpty()) {
			return Optional.empty();
		}
		checkPassword(password);
		if (!this.credentials.consumeInvite(hash(token))) {
			return Optional.empty();
		}
		this.credentials.savePassword(userId.get(), this.encoder.encode(password), Timestamps.now(this.clock));
		return userId;
	}

	int minPasswordLength() {
		return this.properties.minPasswordLength();
	}

	private void checkPassword(String password) {
		if (password.length() < this.properties.minPasswordLength()) {
			throw new InvalidRequestException("Password",
					"must be at least " + this.properties.minPasswordLength() + " characters long");
		}
		if (password.length() > MAX_PASSWORD_LENGTH) {
			throw new InvalidRequestException("Password", "must be at most " + MAX_PASSWORD_LENGTH + " characters");
		}
		if (password.isBlank()) {
			throw new InvalidRequestException("Password", "must not be only spaces");
		}
	}

	private void requireUser(String userId) {
		if (!this.users.exists(userId)) {
			throw new UserNotFoundException(userId);
		}
	}

	/**
	 * People may sign in with their user id, or with their e-mail when only they have it.
	 */
	private Optional<String> userIdFor(String login) {
		String trimmed = login.trim();
		if (trimmed.isEmpty()) {
			return Optional.empty();
		}
		if (this.users.exists(trimmed)) {
			return Optional.of(trimmed);
		}
		return this.users.uniqueUidWithEmail(trimmed.toLowerCase(Locale.ROOT));
	}

	private static boolean isAdmin(User user) {
		return user.roles().stream().anyMatch(ADMIN_ROLE::equalsIgnoreCase);
	}

	private static String displayNameOrId(User user) {
		String name = user.displayName();
		return name.isEmpty() ? user.uid() : name;
	}

	private static String lockedMessage(OffsetDateTime until, OffsetDateTime now) {
		long minutes = Math.max(1, (java.time.Duration.between(now, until).toSeconds() + 59) / 60);
		return "Too many failed sign-ins. Try again in " + minutes + (minutes == 1 ? " minute." : " minutes.");
	}

	private static String hash(String token) {
		return Sha256.hex(token.getBytes(StandardCharsets.UTF_8));
	}

}

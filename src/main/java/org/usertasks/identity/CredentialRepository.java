package org.usertasks.identity;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for the passwords people sign in with, their failed attempts, and invite links.
 */
@Repository
class CredentialRepository {

	private final JdbcClient jdbc;

	CredentialRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A user's password hash and lock-out state. */
	record Credential(String userId, String passwordHash, int failedSignIns, @Nullable OffsetDateTime lockedUntil) {
	}

	Optional<Credential> find(String userId) {
		return this.jdbc.sql("""
				select user_uid, password_hash, failed_sign_ins, locked_until
				from user_credential where user_uid = :userId""")
			.param("userId", userId)
			.query((rs, row) -> new Credential(rs.getString("user_uid"), rs.getString("password_hash"),
					rs.getInt("failed_sign_ins"), rs.getObject("locked_until", OffsetDateTime.class)))
			.optional();
	}

	boolean exists(String userId) {
		return this.jdbc.sql("select count(*) from user_credential where user_uid = :userId")
			.param("userId", userId)
			.query(Long.class)
			.single() > 0;
	}

	/** Sets the password and lifts any lock. */
	void savePassword(String userId, String passwordHash, OffsetDateTime now) {
		int updated = this.jdbc.sql("""
				update user_credential set password_hash = :hash, changed = :now, failed_sign_ins = 0,
				    locked_until = null
				where user_uid = :userId""")
			.param("userId", userId)
			.param("hash", passwordHash)
			.param("now", now)
			.update();
		if (updated == 0) {
			this.jdbc.sql("""
					insert into user_credential (user_uid, password_hash, changed, failed_sign_ins, locked_until)
					values (:userId, :hash, :now, 0, null)""")
				.param("userId", userId)
				.param("hash", passwordHash)
				.param("now", now)
				.update();
		}
	}

	void removePassword(String userId) {
		this.jdbc.sql("delete from user_credential where user_uid = :userId").param("userId", userId).update();
	}

	/**
	 * Counts a failed attempt in one statement, so that parallel guesses all count; the
	 * attempt that reaches the limit locks the account until {@code lockUntil}.
	 */
	void recordFailure(String userId, int maxFailures, OffsetDateTime lockUntil) {
		this.jdbc.sql("""
				update user_credential set failed_sign_ins = failed_sign_ins + 1,
				    locked_until = case when failed_sign_ins + 1 >= :max then :lockUntil else locked_until end
				where user_uid = :userId""")
			.param("userId", userId)
			.param("max", maxFailures)
			.param("lockUntil", lockUntil)
			.update();
	}

	/** A lock that has run out starts a fresh count. */
	void clearFailures(String userId) {
		this.jdbc.sql("update user_credential set failed_sign_ins = 0, locked_until = null where user_uid = :userId")
			.param("userId", userId)
			.update();
	}

	void replaceInvite(String userId, String tokenHash, OffsetDateTime created, OffsetDateTime expires) {
		this.jdbc.sql("delete from user_invite where user_uid = :userId").param("userId", userId).update();
		this.jdbc.sql("""
				insert into user_invite (token_hash, user_uid, created, expires)
				values (:tokenHash, :userId, :created, :expires)""")
			.param("tokenHash", tokenHash)
			.param("userId", userId)
			.param("created", created)
			.param("expires", expires)
			.update();
	}

	/** The user an unexpired invite is for. */
	Optional<String> inviteeOf(String tokenHash, OffsetDateTime now) {
		return this.jdbc.sql("select user_uid from user_invite where token_hash = :tokenHash and expires > :now")
			.param("tokenHash", tokenHash)
			.param("now", now)
			.query(String.class)
			.optional();
	}

	/** Uses an invite up; false when another request used it first. */
	boolean consumeInvite(String tokenHash) {
		return this.jdbc.sql("delete from user_invite where token_hash = :tokenHash")
			.param("tokenHash", tokenHash)
			.update() == 1;
	}

}

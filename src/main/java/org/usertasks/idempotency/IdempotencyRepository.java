package org.usertasks.idempotency;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for the answers kept per caller and key.
 */
@Repository
class IdempotencyRepository {

	private final JdbcClient jdbc;

	IdempotencyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Claims the key for a new request; false when a request with this key is already
	 * kept.
	 */
	boolean start(String userId, String key, String requestHash, OffsetDateTime at) {
		try {
			this.jdbc.sql("""
					insert into idempotency_key (user_id, idempotency_key, request_hash, created)
					values (:userId, :key, :requestHash, :at)""")
				.param("userId", userId)
				.param("key", key)
				.param("requestHash", requestHash)
				.param("at", at)
				.update();
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	Optional<StoredAnswer> find(String userId, String key) {
		return this.jdbc.sql("""
				select request_hash, status, content_type, body from idempotency_key
				where user_id = :userId and idempotency_key = :key""")
			.param("userId", userId)
			.param("key", key)
			.query(IdempotencyRepository::answer)
			.optional();
	}

	void finish(String userId, String key, int status, @Nullable String contentType, String body) {
		this.jdbc.sql("""
				update idempotency_key set status = :status, content_type = :contentType, body = :body
				where user_id = :userId and idempotency_key = :key""")
			.param("userId", userId)
			.param("key", key)
			.param("status", status)
			.param("contentType", contentType)
			.param("body", body)
			.update();
	}

	void forget(String userId, String key) {
		this.jdbc.sql("delete from idempotency_key where user_id = :userId and idempotency_key = :key")
			.param("userId", userId)
			.param("key", key)
			.update();
	}

	/**
	 * Forgets the caller's key if it was kept from before the given time, so that it can
	 * be used anew.
	 */
	void forgetIfOlderThan(String userId, String key, OffsetDateTime before) {
		this.jdbc.sql("""
				delete from idempotency_key where user_id = :userId and idempotency_key = :key and created < :before""")
			.param("userId", userId)
			.param("key", key)
			.param("before", before)
			.update();
	}

	/**
	 * Forgets the caller's key if its first request started before the given time and
	 * never got an answer: the instance handling it died, and a retry should act anew.
	 */
	void forgetIfAbandoned(String userId, String key, OffsetDateTime startedBefore) {
		this.jdbc.sql("""
				delete from idempotency_key
				where user_id = :userId and idempotency_key = :key and status is null and created < :before""")
			.param("userId", userId)
			.param("key", key)
			.param("before", startedBefore)
			.update();
	}

	int forgetOlderThan(OffsetDateTime before) {
		return this.jdbc.sql("delete from idempotency_key where created < :before").param("before", before).update();
	}

	private static StoredAnswer answer(ResultSet rs, int row) throws SQLException {
		return new StoredAnswer(rs.getString("request_hash"), rs.getObject("status", Integer.class),
				rs.getString("content_type"), rs.getString("body"));
	}

}

package org.usertasks.identity;

import java.time.OffsetDateTime;
import java.sql.SQLException;
import java.sql.ResultSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for API keys, which are stored as the SHA-256 of the key.
 */
@Repository
class ApiKeyRepository {

	private final JdbcClient jdbc;

	ApiKeyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(ApiKey key, String keyHash) {
		this.jdbc.sql("""
				insert into api_key (uid, key_hash, user_uid, name, admin, created)
				values (:uid, :keyHash, :userId, :name, :admin, :created)""")
			.param("uid", key.uid())
			.param("keyHash", keyHash)
			.param("userId", key.userId())
			.param("name", key.name())
			.param("admin", key.admin())
			.param("created", key.created())
			.update();
	}

	boolean delete(UUID uid) {
		return this.jdbc.sql("delete from api_key where uid = :uid").param("uid", uid).update() == 1;
	}

	Optional<ApiKey> find(UUID uid) {
		return this.jdbc.sql("select uid, user_uid, name, admin, created from api_key where uid = :uid")
			.param("uid", uid)
			.query(ApiKeyRepository::apiKey)
			.optional();
	}

	List<ApiKey> findAll() {
		return this.jdbc.sql("select uid, user_uid, name, admin, created from api_key order by created, uid")
			.query(ApiKeyRepository::apiKey)
			.list();
	}

	/**
	 * Admin keys whose user is not disabled: the keys that can still administer the
	 * service.
	 */
	long countWorkingAdminKeys() {
		return this.jdbc.sql("""
				select count(*) from api_key k join app_user u on u.uid = k.user_uid
				where k.admin = true and u.status <> :disabled""")
			.param("disabled", UserStatus.Disabled.code())
			.query(Long.class)
			.single();
	}

	boolean existsWithHash(String keyHash) {
		return this.jdbc.sql("select count(*) from api_key where key_hash = :keyHash")
			.param("keyHash", keyHash)
			.query(Long.class)
			.single() > 0;
	}

	/** The caller behind a key hash, or empty for an unknown key or a disabled user. */
	Optional<CurrentUser> findCaller(String keyHash) {
		Optional<CallerRow> caller = this.jdbc.sql("""
				select u.uid, u.firstname, u.lastname, k.admin
				from api_key k join app_user u on u.uid = k.user_uid
				where k.key_hash = :keyHash and u.status <> :disabled""")
			.param("keyHash", keyHash)
			.param("disabled", UserStatus.Disabled.code())
			.query((rs, row) -> new CallerRow(rs.getString("uid"), rs.getString("firstname"), rs.getString("lastname"),
					rs.getBoolean("admin")))
			.optional();
		return caller.map((row) -> new CurrentUser(row.userId(), User.displayName(row.firstname(), row.lastname()),
				Set.copyOf(groupsOf(row.userId())), row.admin()));
	}

	// Mapped by column name, not .query(Row.class): Spring's record
	// mapping probes camelCase names first, and the driver throws
	// (H2 even logs) an exception per column and row.
	private static ApiKey apiKey(ResultSet rs, int row) throws SQLException {
		return new ApiKey(rs.getObject("uid", UUID.class), rs.getString("user_uid"), rs.getString("name"),
				rs.getBoolean("admin"), rs.getObject("created", OffsetDateTime.class));
	}

	private List<UUID> groupsOf(String userId) {
		return this.jdbc.sql("select group_uid from user_group_member where user_uid = :userId")
			.param("userId", userId)
			.query(UUID.class)
			.list();
	}

	private record CallerRow(String userId, @Nullable String firstname, @Nullable String lastname, boolean admin) {
	}

}

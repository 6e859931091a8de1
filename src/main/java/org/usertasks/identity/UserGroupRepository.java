package org.usertasks.identity;

import java.sql.SQLException;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for user groups.
 */
@Repository
class UserGroupRepository {

	private static final String COLUMNS = "uid, name, created, created_by, last_modified, last_modified_by";

	private final JdbcClient jdbc;

	UserGroupRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean exists(UUID uid) {
		return this.jdbc.sql("select count(*) from user_group where uid = :uid")
			.param("uid", uid)
			.query(Long.class)
			.single() > 0;
	}

	void insert(UserGroup group) {
		this.jdbc.sql("""
				insert into user_group (uid, name, created, created_by, last_modified, last_modified_by)
				values (:uid, :name, :created, :createdBy, :lastModified, :lastModifiedBy)""")
			.param("uid", group.uid())
			.param("name", group.name())
			.param("created", group.created())
			.param("createdBy", group.createdBy())
			.param("lastModified", group.lastModified())
			.param("lastModifiedBy", group.lastModifiedBy())
			.update();
	}

	/** Renames the group; false when there is no such group. */
	boolean rename(UUID uid, String name, OffsetDateTime at, String by) {
		return this.jdbc.sql("""
				update user_group set name = :name, last_modified = :at, last_modified_by = :by
				where uid = :uid""")
			.param("uid", uid)
			.param("name", name)
			.param("at", at)
			.param("by", by)
			.update() == 1;
	}

	boolean delete(UUID uid) {
		return this.jdbc.sql("delete from user_group where uid = :uid").param("uid", uid).update() == 1;
	}

	Optional<UserGroup> find(UUID uid) {
		return this.jdbc.sql("select " + COLUMNS + " from user_group where uid = :uid")
			.param("uid", uid)
			.query(UserGroupRepository::group)
			.optional();
	}

	List<UserGroup> findAll() {
		return this.jdbc.sql("select " + COLUMNS + " from user_group order by created, uid")
			.query(UserGroupRepository::group)
			.list();
	}

	// Mapped by column name, not .query(Row.class): Spring's record
	// mapping probes camelCase names first, and the driver throws
	// (H2 even logs) an exception per column and row.
	private static UserGroup group(ResultSet rs, int row) throws SQLException {
		return new UserGroup(rs.getObject("uid", UUID.class), rs.getString("name"),
				rs.getObject("created", OffsetDateTime.class), rs.getString("created_by"),
				rs.getObject("last_modified", OffsetDateTime.class), rs.getString("last_modified_by"));
	}

	/** How many users each group has; groups without members are left out. */
	Map<UUID, Long> memberCounts() {
		Map<UUID, Long> counts = new HashMap<>();
		this.jdbc.sql("select group_uid, count(*) as members from user_group_member group by group_uid").query((rs) -> {
			counts.put(rs.getObject("group_uid", UUID.class), rs.getLong("members"));
		});
		return counts;
	}

	/** The ids among {@code uids} that name existing groups. */
	Set<UUID> existing(Collection<UUID> uids) {
		if (uids.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(this.jdbc.sql("select uid from user_group where uid in (:uids)")
			.param("uids", uids)
			.query(UUID.class)
			.list());
	}

}

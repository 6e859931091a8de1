package org.usertasks.identity;

import java.sql.SQLException;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.usertasks.system.CodedEnum;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for users, their roles and their group memberships.
 */
@Repository
class UserRepository {

	private final JdbcClient jdbc;

	UserRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean exists(String uid) {
		return this.jdbc.sql("select count(*) from app_user where uid = :uid")
			.param("uid", uid)
			.query(Long.class)
			.single() > 0;
	}

	void insert(User user) {
		this.jdbc.sql("""
				insert into app_user (uid, email, firstname, lastname, status, created, last_modified)
				values (:uid, :email, :firstname, :lastname, :status, :created, :lastModified)""")
			.param("uid", user.uid())
			.param("email", user.email())
			.param("firstname", user.firstname())
			.param("lastname", user.lastname())
			.param("status", user.status().code())
			.param("created", user.created())
			.param("lastModified", user.lastModified())
			.update();
		insertChildren(user);
	}

	/** Replaces the editable fields; false when there is no such user. */
	boolean update(User user) {
		int rows = this.jdbc.sql("""
				update app_user set email = :email, firstname = :firstname, lastname = :lastname, status = :status,
				    last_modified = :lastModified
				where uid = :uid""")
			.param("uid", user.uid())
			.param("email", user.email())
			.param("firstname", user.firstname())
			.param("lastname", user.lastname())
			.param("status", user.status().code())
			.param("lastModified", user.lastModified())
			.update();
		if (rows == 0) {
			return false;
		}
		this.jdbc.sql("delete from app_user_role where user_uid = :uid").param("uid", user.uid()).update();
		this.jdbc.sql("delete from user_group_member where user_uid = :uid").param("uid", user.uid()).update();
		insertChildren(user);
		return true;
	}

	boolean delete(String uid) {
		return this.jdbc.sql("delete from app_user where uid = :uid").param("uid", uid).update() == 1;
	}

	Optional<User> find(String uid) {
		List<User> users = load(this.jdbc.sql("""
				select uid, email, firstname, lastname, status, created, last_modified
				from app_user where uid = :uid""").param("uid", uid).query(UserRow::map).list());
		return users.stream().findFirst();
	}

	/** The user with this e-mail (compared without case), when exactly one has it. */
	Optional<String> uniqueUidWithEmail(String email) {
		List<String> uids = this.jdbc
			.sql("select uid from app_user where lower(email) = :email fetch first 2 rows only")
			.param("email", email)
			.query(String.class)
			.list();
		return (uids.size() == 1) ? Optional.of(uids.get(0)) : Optional.empty();
	}

	List<User> findAll() {
		return load(this.jdbc.sql("""
				select uid, email, firstname, lastname, status, created, last_modified
				from app_user order by created, uid""").query(UserRow::map).list());
	}

	/** The users whose groups include this one, in the order they were created. */
	List<User> findMembersOf(UUID groupUid) {
		return load(this.jdbc.sql("""
				select uid, email, firstname, lastname, status, created, last_modified
				from app_user u
				where exists (select 1 from user_group_member m where m.user_uid = u.uid and m.group_uid = :groupUid)
				order by created, uid""").param("groupUid", groupUid).query(UserRow::map).list());
	}

	/** The ids among {@code uids} that name existing users. */
	Set<String> existing(Collection<String> uids) {
		if (uids.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(this.jdbc.sql("select uid from app_user where uid in (:uids)")
			.param("uids", uids)
			.query(String.class)
			.list());
	}

	private void insertChildren(User user) {
		for (int i = 0; i < user.roles().size(); i++) {
			this.jdbc.sql("insert into app_user_role (user_uid, ordinal, role) values (:uid, :ordinal, :role)")
				.param("uid", user.uid())
				.param("ordinal", i)
				.param("role", user.roles().get(i))
				.update();
		}
		for (int i = 0; i < user.userGroups().size(); i++) {
			this.jdbc.sql("""
					insert into user_group_member (user_uid, group_uid, ordinal)
					values (:uid, :groupUid, :ordinal)""")
				.param("uid", user.uid())
				.param("groupUid", user.userGroups().get(i))
				.param("ordinal", i)
				.update();
		}
	}

	/**
	 * Adds roles and groups to the rows with one query each, however many users there
	 * are.
	 */
	private List<User> load(List<UserRow> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		List<String> uids = rows.stream().map(UserRow::uid).toList();
		Map<String, List<String>> roles = this.jdbc.sql("""
				select user_uid, role from app_user_role where user_uid in (:uids) order by user_uid, ordinal""")
			.param("uids", uids)
			.query((rs, row) -> new RoleRow(rs.getString("user_uid"), rs.getString("role")))
			.list()
			.stream()
			.collect(Collectors.groupingBy(RoleRow::userUid, Collectors.mapping(RoleRow::role, Collectors.toList())));
		Map<String, List<UUID>> groups = this.jdbc.sql("""
				select user_uid, group_uid from user_group_member where user_uid in (:uids)
				order by user_uid, ordinal""")
			.param("uids", uids)
			.query((rs, row) -> new MemberRow(rs.getString("user_uid"), rs.getObject("group_uid", UUID.class)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(MemberRow::userUid,
					Collectors.mapping(MemberRow::groupUid, Collectors.toList())));
		return rows.stream()
			.map((row) -> row.toUser(groups.getOrDefault(row.uid(), List.of()),
					roles.getOrDefault(row.uid(), List.of())))
			.toList();
	}

	private record RoleRow(String userUid, String role) {
	}

	private record MemberRow(String userUid, UUID groupUid) {
	}

	private record UserRow(String uid, @Nullable String email, @Nullable String firstname, @Nullable String lastname,
			int status, OffsetDateTime created, OffsetDateTime lastModified) {

		// Mapped by column name, not .query(Row.class): Spring's record
		// mapping probes camelCase names first, and the driver throws
		// (H2 even logs) an exception per column and row.
		static UserRow map(ResultSet rs, int row) throws SQLException {
			return new UserRow(rs.getString("uid"), rs.getString("email"), rs.getString("firstname"),
					rs.getString("lastname"), rs.getInt("status"), rs.getObject("created", OffsetDateTime.class),
					rs.getObject("last_modified", OffsetDateTime.class));
		}

		User toUser(List<UUID> groups, List<String> roles) {
			return new User(this.uid, this.email, this.firstname, this.lastname,
					CodedEnum.ofStoredCode(UserStatus.class, this.status), List.copyOf(groups), List.copyOf(roles),
					this.created, this.lastModified);
		}

	}

}

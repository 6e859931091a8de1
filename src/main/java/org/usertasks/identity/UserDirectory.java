package org.usertasks.identity;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Names of users and groups for people to read and pick from: the web pages show
 * assignees by name and offer type-ahead when assigning. Read-only; writing users and
 * groups stays with {@link UserService} and {@link UserGroupService}.
 */
@Service
public class UserDirectory {

	private final JdbcClient jdbc;

	UserDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A user or group as a person picks it: its id and the name shown. */
	public record Entry(String id, String name) {
	}

	/**
	 * Users whose id, name or e-mail contains the text (ignoring case), ordered by id; a
	 * blank text matches everyone.
	 */
	@Transactional(readOnly = true)
	public List<Entry> users(String text, int limit) {
		return this.jdbc.sql("""
				select uid, firstname, lastname from app_user
				where lower(uid) like :pattern escape '\\'
				    or lower(coalesce(firstname, '') || ' ' || coalesce(lastname, '')) like :pattern escape '\\'
				    or lower(coalesce(email, '')) like :pattern escape '\\'
				order by uid fetch first :limit rows only""")
			.param("pattern", pattern(text))
			.param("limit", limit)
			.query((rs, row) -> new Entry(rs.getString("uid"),
					nameOr(User.displayName(rs.getString("firstname"), rs.getString("lastname")), rs.getString("uid"))))
			.list();
	}

	/** Groups whose id or name contains the text (ignoring case), ordered by name. */
	@Transactional(readOnly = true)
	public List<Entry> groups(String text, int limit) {
		return this.jdbc.sql("""
				select uid, name from user_group
				where lower(cast(uid as varchar(36))) like :pattern escape '\\' or lower(name) like :pattern escape '\\'
				order by lower(name), uid fetch first :limit rows only""")
			.param("pattern", pattern(text))
			.param("limit", limit)
			.query((rs, row) -> new Entry(rs.getObject("uid", UUID.class).toString(), rs.getString("name")))
			.list();
	}

	/**
	 * The display names of these users; a user without a name is shown by id, an unknown
	 * id is left out.
	 */
	@Transactional(readOnly = true)
	public Map<String, String> userNames(Collection<String> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql("select uid, firstname, lastname from app_user where uid in (:ids)")
			.param("ids", ids)
			.query((rs, row) -> new Entry(rs.getString("uid"),
					nameOr(User.displayName(rs.getString("firstname"), rs.getString("lastname")), rs.getString("uid"))))
			.list()
			.stream()
			.collect(Collectors.toMap(Entry::id, Entry::name));
	}

	/** The names of these groups; an unknown id is left out. */
	@Transactional(readOnly = true)
	public Map<UUID, String> groupNames(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql("select uid, name from user_group where uid in (:ids)")
			.param("ids", ids)
			.query((rs, row) -> Map.entry(rs.getObject("uid", UUID.class), rs.getString("name")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private static String pattern(String text) {
		String escaped = text.trim()
			.toLowerCase(Locale.ROOT)
			.replace("\\", "\\\\")
			.replace("%", "\\%")
			.replace("_", "\\_");
		return "%" + escaped + "%";
	}

	private static String nameOr(String name, String id) {
		return name.isBlank() ? id : name;
	}

}

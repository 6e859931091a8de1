package org.usertasks.task;

import java.sql.SQLException;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.usertasks.system.CodedEnum;

/**
 * SQL for reading tasks as the API shows them. Whatever the number of tasks, a read takes
 * three queries: the tasks, their assignments (users, groups and attached entities in
 * one), and their comments.
 */
@Repository
class TaskQueries {

	private static final String TASK_COLUMNS = """
			uid, created, created_by, deadline, deadline_offset_seconds, deadline_nanos, title, description, status,
			last_modified, version, claimed_by, status_before_claim""";

	private final JdbcClient jdbc;

	TaskQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The tasks with these uids that exist, in no particular order. */
	List<TaskView> byUids(Collection<UUID> uids) {
		if (uids.isEmpty()) {
			return List.of();
		}
		List<TaskRow> rows = this.jdbc.sql("select " + TASK_COLUMNS + " from user_task where uid in (:uids)")
			.param("uids", uids)
			.query(TaskRow::map)
			.list();
		return withChildren(rows);
	}

	private List<TaskView> withChildren(List<TaskRow> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		List<UUID> uids = rows.stream().map(TaskRow::uid).toList();
		Map<UUID, Assignment> assignments = assignments(uids);
		Map<UUID, List<TaskComment>> comments = this.jdbc.sql("""
				select uid, task_uid, body, user_id, author_name, created, last_modified, system_generated
				from user_task_comment where task_uid in (:uids)
				order by task_uid, created, uid""")
			.param("uids", uids)
			.query(CommentRow::map)
			.list()
			.stream()
			.collect(Collectors.groupingBy(CommentRow::taskUid,
					Collectors.mapping(CommentRow::toComment, Collectors.toList())));
		return rows.stream()
			.map((row) -> new TaskView(row.toTask(assignments.getOrDefault(row.uid(), Assignment.NONE)),
					comments.getOrDefault(row.uid(), List.of())))
			.toList();
	}

	/**
	 * The assigned users, groups and attached entities of the tasks in one query (one
	 * round trip rather than three), each kind in its stored order.
	 */
	private Map<UUID, Assignment> assignments(List<UUID> uids) {
		Map<UUID, Assignment> assignments = new HashMap<>();
		// The union inside a derived table: H2 keeps a parsed select for reuse, but
		// parses a bare union again each time (80 rather than 180 µs a query).
		this.jdbc.sql("""
				select * from (
				    select task_uid, 1 as part, ordinal, user_uid as text_value, cast(null as uuid) as group_uid,
				        0 as entity_type, 0 as entity_status
				    from user_task_assigned_user where task_uid in (:uids)
				    union all
				    select task_uid, 2, ordinal, null, group_uid, 0, 0
				    from user_task_assigned_group where task_uid in (:uids)
				    union all
				    select task_uid, 3, ordinal, entity_id, null, entity_type, status
				    from user_task_entity where task_uid in (:uids)
				) assignment
				order by part, ordinal""").param("uids", uids).query((rs) -> {
			Assignment assignment = assignments.computeIfAbsent(rs.getObject("task_uid", UUID.class),
					(uid) -> new Assignment(new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
			switch (rs.getInt("part")) {
				case 1 -> assignment.users().add(rs.getString("text_value"));
				case 2 -> assignment.groups().add(rs.getObject("group_uid", UUID.class));
				default -> assignment.entities()
					.add(new AttachedEntity(rs.getInt("entity_type"), rs.getString("text_value"),
							CodedEnum.ofStoredCode(AttachedEntityStatus.class, rs.getInt("entity_status"))));
			}
		});
		return assignments;
	}

	private record TaskRow(UUID uid, OffsetDateTime created, String createdBy, @Nullable OffsetDateTime deadline,
			@Nullable Integer deadlineOffsetSeconds, @Nullable Integer deadlineNanos, @Nullable String title,
			@Nullable String description, int status, OffsetDateTime lastModified, long version,
			@Nullable String claimedBy, @Nullable Integer statusBeforeClaim) {

		// Mapped by column name, not .query(Row.class): Spring's record
		// mapping probes camelCase names first, and the driver throws
		// (H2 even logs) an exception per column and row.
		static TaskRow map(ResultSet rs, int row) throws SQLException {
			return new TaskRow(rs.getObject("uid", UUID.class), rs.getObject("created", OffsetDateTime.class),
					rs.getString("created_by"), rs.getObject("deadline", OffsetDateTime.class),
					rs.getObject("deadline_offset_seconds", Integer.class),
					rs.getObject("deadline_nanos", Integer.class), rs.getString("title"), rs.getString("description"),
					rs.getInt("status"), rs.getObject("last_modified", OffsetDateTime.class), rs.getLong("version"),
					rs.getString("claimed_by"), rs.getObject("status_before_claim", Integer.class));
		}

		Task toTask(Assignment assignment) {
			return new Task(this.uid, this.created, this.createdBy,
					StoredDeadline.read(this.deadline, this.deadlineOffsetSeconds, this.deadlineNanos), this.title,
					this.description, CodedEnum.ofStoredCode(TaskStatus.class, this.status), assignment.users(),
					assignment.groups(), assignment.entities(), this.lastModified, this.version,
					(this.claimedBy != null) ? new Task.Claim(this.claimedBy, CodedEnum.ofStoredCode(TaskStatus.class,
							(this.statusBeforeClaim != null) ? this.statusBeforeClaim : 0)) : null);
		}

	}

	/** A task's assigned users and groups and its attached entities. */
	private record Assignment(List<String> users, List<UUID> groups, List<AttachedEntity> entities) {

		static final Assignment NONE = new Assignment(List.of(), List.of(), List.of());

	}

	private record CommentRow(UUID uid, UUID taskUid, String body, String userId, @Nullable String authorName,
			OffsetDateTime created, OffsetDateTime lastModified, boolean systemGenerated) {

		static CommentRow map(ResultSet rs, int row) throws SQLException {
			return new CommentRow(rs.getObject("uid", UUID.class), rs.getObject("task_uid", UUID.class),
					rs.getString("body"), rs.getString("user_id"), rs.getString("author_name"),
					rs.getObject("created", OffsetDateTime.class), rs.getObject("last_modified", OffsetDateTime.class),
					rs.getBoolean("system_generated"));
		}

		TaskComment toComment() {
			return new TaskComment(this.uid, this.body, this.userId, this.authorName, this.created, this.lastModified,
					this.systemGenerated);
		}

	}

}

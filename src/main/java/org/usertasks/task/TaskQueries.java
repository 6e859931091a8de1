package org.usertasks.task;

import java.sql.SQLException;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.Collection;
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
 * one query for the tasks and one per kind of child (assigned users, groups, attached
 * entities, comments).
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
		Map<UUID, List<String>> users = this.jdbc.sql("""
				select task_uid, user_uid from user_task_assigned_user where task_uid in (:uids)
				order by task_uid, ordinal""")
			.param("uids", uids)
			.query((rs, row) -> new AssignedUserRow(rs.getObject("task_uid", UUID.class), rs.getString("user_uid")))
			.list()
			.stream()
			.collect(Collectors.groupingBy(AssignedUserRow::taskUid,
					Collectors.mapping(AssignedUserRow::userUid, Collectors.toList())));
		Map<UUID, List<UUID>> groups = this.jdbc.sql("""
				select task_uid, group_uid from user_task_assigned_group where task_uid in (:uids)
				order by task_uid, ordinal""")
			.param("uids", uids)
			.query((rs, row) -> new AssignedGroupRow(rs.getObject("task_uid", UUID.class),
					rs.getObject("group_uid", UUID.class)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(AssignedGroupRow::taskUid,
					Collectors.mapping(AssignedGroupRow::groupUid, Collectors.toList())));
		Map<UUID, List<AttachedEntity>> entities = this.jdbc.sql("""
				select task_uid, entity_type, entity_id, status from user_task_entity where task_uid in (:uids)
				order by task_uid, ordinal""")
			.param("uids", uids)
			.query((rs, row) -> new EntityRow(rs.getObject("task_uid", UUID.class), rs.getInt("entity_type"),
					rs.getString("entity_id"), rs.getInt("status")))
			.list()
			.stream()
			.collect(Collectors.groupingBy(EntityRow::taskUid,
					Collectors.mapping(EntityRow::toAttachedEntity, Collectors.toList())));
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
			.map((row) -> new TaskView(row.toTask(users.getOrDefault(row.uid(), List.of()),
					groups.getOrDefault(row.uid(), List.of()), entities.getOrDefault(row.uid(), List.of())),
					comments.getOrDefault(row.uid(), List.of())))
			.toList();
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

		Task toTask(List<String> users, List<UUID> groups, List<AttachedEntity> entities) {
			return new Task(this.uid, this.created, this.createdBy,
					StoredDeadline.read(this.deadline, this.deadlineOffsetSeconds, this.deadlineNanos), this.title,
					this.description, CodedEnum.ofStoredCode(TaskStatus.class, this.status), users, groups, entities,
					this.lastModified, this.version,
					(this.claimedBy != null) ? new Task.Claim(this.claimedBy, CodedEnum.ofStoredCode(TaskStatus.class,
							(this.statusBeforeClaim != null) ? this.statusBeforeClaim : 0)) : null);
		}

	}

	private record AssignedUserRow(UUID taskUid, String userUid) {
	}

	private record AssignedGroupRow(UUID taskUid, UUID groupUid) {
	}

	private record EntityRow(UUID taskUid, int entityType, String entityId, int status) {

		AttachedEntity toAttachedEntity() {
			return new AttachedEntity(this.entityType, this.entityId,
					CodedEnum.ofStoredCode(AttachedEntityStatus.class, this.status));
		}

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

package org.usertasks.task;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for writing one task and its children. Children are written in one batch per table.
 */
@Repository
class TaskRepository {

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	TaskRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/**
	 * Locks the task's row until the transaction ends and answers its version; empty when
	 * there is no such task. Every change of a task goes through this lock, so concurrent
	 * changes of one task happen one after the other.
	 */
	Optional<Long> lockVersion(UUID uid) {
		return this.jdbc.sql("select version from user_task where uid = :uid for update")
			.param("uid", uid)
			.query(Long.class)
			.optional();
	}

	/**
	 * Inserts the task unless one with its uid exists (or is being inserted by a
	 * transaction this one then waits for); false when it did not insert. Needs H2's
	 * PostgreSQL mode, which every H2 URL here sets.
	 */
	boolean insertIfAbsent(Task task) {
		int rows = this.jdbc.sql("""
				insert into user_task (uid, created, created_by, deadline, deadline_offset_seconds, deadline_nanos,
				    title, description, status, last_modified, version)
				values (:uid, :created, :createdBy, :deadline, :deadlineOffset, :deadlineNanos,
				    :title, :description, :status, :lastModified, :version)
				on conflict do nothing""").params(columns(task)).update();
		if (rows == 0) {
			return false;
		}
		insertChildren(task);
		return true;
	}

	/**
	 * Replaces the editable fields and the children; false when there is no such task.
	 */
	boolean update(Task task) {
		int rows = this.jdbc.sql("""
				update user_task set deadline = :deadline, deadline_offset_seconds = :deadlineOffset,
				    deadline_nanos = :deadlineNanos, title = :title, description = :description, status = :status,
				    claimed_by = :claimedBy, status_before_claim = :statusBeforeClaim,
				    last_modified = :lastModified, version = version + 1
				where uid = :uid""").params(columns(task)).update();
		if (rows == 0) {
			return false;
		}
		for (String table : List.of("user_task_assigned_user", "user_task_assigned_group", "user_task_entity")) {
			this.jdbc.sql("delete from " + table + " where task_uid = :uid").param("uid", task.uid()).update();
		}
		insertChildren(task);
		return true;
	}

	/**
	 * Marks the task as changed (a comment was added, edited or removed); false when
	 * there is no such task. The row lock this takes also orders concurrent changes to
	 * one task's thread.
	 */
	boolean touch(UUID uid, OffsetDateTime at) {
		return this.jdbc.sql("update user_task set last_modified = :at, version = version + 1 where uid = :uid")
			.param("uid", uid)
			.param("at", at)
			.update() == 1;
	}

	/**
	 * Marks as changed every task assigned to a user or group through the given
	 * assignment table and column (names from the code, never from a request).
	 */
	int touchAssignedTo(String table, String column, Object assignee, OffsetDateTime at) {
		return this.jdbc
			.sql("update user_task set last_modified = :at, version = version + 1 where uid in (select task_uid from "
					+ table + " where " + column + " = :assignee)")
			.param("assignee", assignee)
			.param("at", at)
			.update();
	}

	/** The task's stamp, read without a lock; empty when there is no such task. */
	Optional<TaskStamp> stamp(UUID uid) {
		return this.jdbc.sql("select version, created from user_task where uid = :uid")
			.param("uid", uid)
			.query((rs, row) -> new TaskStamp(rs.getLong("version"), rs.getObject("created", OffsetDateTime.class)))
			.optional();
	}

	boolean delete(UUID uid) {
		return this.jdbc.sql("delete from user_task where uid = :uid").param("uid", uid).update() == 1;
	}

	private void insertChildren(Task task) {
		List<String> users = task.assignedUsers();
		this.batch.batchUpdate(
				"""
						insert into user_task_assigned_user (task_uid, user_uid, ordinal) values (:taskUid, :userUid, :ordinal)""",
				IntStream.range(0, users.size())
					.mapToObj((i) -> params(task).addValue("userUid", users.get(i)).addValue("ordinal", i))
					.toArray(SqlParameterSource[]::new));
		List<UUID> groups = task.assignedUserGroups();
		this.batch.batchUpdate("""
				insert into user_task_assigned_group (task_uid, group_uid, ordinal)
				values (:taskUid, :groupUid, :ordinal)""",
				IntStream.range(0, groups.size())
					.mapToObj((i) -> params(task).addValue("groupUid", groups.get(i)).addValue("ordinal", i))
					.toArray(SqlParameterSource[]::new));
		List<AttachedEntity> entities = task.attachedEntities();
		this.batch.batchUpdate("""
				insert into user_task_entity (task_uid, ordinal, entity_type, entity_id, status)
				values (:taskUid, :ordinal, :entityType, :entityId, :status)""",
				IntStream.range(0, entities.size())
					.mapToObj((i) -> params(task).addValue("ordinal", i)
						.addValue("entityType", entities.get(i).entityType())
						.addValue("entityId", entities.get(i).entityId())
						.addValue("status", entities.get(i).status().code()))
					.toArray(SqlParameterSource[]::new));
	}

	/**
	 * The task's own columns as named parameters; a map, as several of them may be null.
	 */
	private static Map<String, Object> columns(Task task) {
		Map<String, Object> columns = new HashMap<>();
		columns.put("uid", task.uid());
		columns.put("created", task.created());
		columns.put("createdBy", task.createdBy());
		columns.put("deadline", StoredDeadline.instantColumn(task.deadline()));
		columns.put("deadlineOffset", StoredDeadline.offsetColumn(task.deadline()));
		columns.put("deadlineNanos", StoredDeadline.nanosColumn(task.deadline()));
		columns.put("title", task.title());
		columns.put("description", task.description());
		columns.put("status", task.status().code());
		columns.put("lastModified", task.lastModified());
		columns.put("version", task.version());
		columns.put("claimedBy", (task.claim() != null) ? task.claim().holder() : null);
		columns.put("statusBeforeClaim", (task.claim() != null) ? task.claim().statusBefore().code() : null);
		return columns;
	}

	private static MapSqlParameterSource params(Task task) {
		return new MapSqlParameterSource("taskUid", task.uid());
	}

}

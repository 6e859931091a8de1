package org.usertasks.task;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows the task SQL points to, written with plain SQL: users, groups and comments
 * (features of their own), and tasks to insert.
 */
final class TaskRows {

	static final OffsetDateTime CREATED = OffsetDateTime.parse("2024-03-01T08:00:00.123456Z");

	private TaskRows() {
	}

	static void insertUsers(JdbcClient jdbc, String... uids) {
		for (String uid : uids) {
			jdbc.sql("""
					insert into app_user (uid, email, firstname, lastname, status, created, last_modified)
					values (:uid, :email, 'User', :uid, 1, :at, :at)""")
				.param("uid", uid)
				.param("email", uid + "@example.com")
				.param("at", CREATED)
				.update();
		}
	}

	static UUID insertGroup(JdbcClient jdbc, String name) {
		UUID uid = UUID.randomUUID();
		jdbc.sql("""
				insert into user_group (uid, name, created, created_by, last_modified, last_modified_by)
				values (:uid, :name, :at, 'admin', :at, 'admin')""")
			.param("uid", uid)
			.param("name", name)
			.param("at", CREATED)
			.update();
		return uid;
	}

	static void insertComment(JdbcClient jdbc, UUID taskUid, UUID uid, String body, OffsetDateTime created) {
		jdbc.sql("""
				insert into user_task_comment
				    (uid, task_uid, body, user_id, author_name, created, last_modified, system_generated)
				values (:uid, :taskUid, :body, '5', 'John Doe', :created, :created, false)""")
			.param("uid", uid)
			.param("taskUid", taskUid)
			.param("body", body)
			.param("created", created)
			.update();
	}

	/** A task without deadline or children, created at {@link #CREATED}. */
	static Task task(UUID uid) {
		return task(uid, CREATED);
	}

	static Task task(UUID uid, OffsetDateTime created) {
		return new Task(uid, created, "admin", null, "A task", "Description", TaskStatus.New, List.of(), List.of(),
				List.of(), created, 1);
	}

	static long count(JdbcClient jdbc, String table, UUID taskUid) {
		return jdbc.sql("select count(*) from " + table + " where task_uid = :uid")
			.param("uid", taskUid)
			.query(Long.class)
			.single();
	}

}

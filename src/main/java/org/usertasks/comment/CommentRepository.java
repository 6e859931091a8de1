package org.usertasks.comment;

import java.sql.SQLException;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for writing comments. Reading a task's thread is part of the task's read model.
 */
@Repository
class CommentRepository {

	private final JdbcClient jdbc;

	CommentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean exists(UUID uid) {
		return this.jdbc.sql("select count(*) from user_task_comment where uid = :uid")
			.param("uid", uid)
			.query(Long.class)
			.single() > 0;
	}

	void insert(Comment comment) {
		this.jdbc.sql("""
				insert into user_task_comment
				    (uid, task_uid, body, user_id, author_name, created, last_modified, system_generated)
				values (:uid, :taskUid, :body, :userId, :authorName, :created, :lastModified, :systemGenerated)""")
			.param("uid", comment.uid())
			.param("taskUid", comment.taskUid())
			.param("body", comment.body())
			.param("userId", comment.userId())
			.param("authorName", comment.authorName())
			.param("created", comment.created())
			.param("lastModified", comment.lastModified())
			.param("systemGenerated", comment.systemGenerated())
			.update();
	}

	Optional<Comment> find(UUID taskUid, UUID uid) {
		return this.jdbc.sql("""
				select uid, task_uid, body, user_id, author_name, created, last_modified, system_generated
				from user_task_comment where uid = :uid and task_uid = :taskUid""")
			.param("uid", uid)
			.param("taskUid", taskUid)
			.query(CommentRepository::comment)
			.optional();
	}

	// Mapped by column name, not .query(Row.class): Spring's record
	// mapping probes camelCase names first, and the driver throws
	// (H2 even logs) an exception per column and row.
	private static Comment comment(ResultSet rs, int row) throws SQLException {
		return new Comment(rs.getObject("uid", UUID.class), rs.getObject("task_uid", UUID.class), rs.getString("body"),
				rs.getString("user_id"), rs.getString("author_name"), rs.getObject("created", OffsetDateTime.class),
				rs.getObject("last_modified", OffsetDateTime.class), rs.getBoolean("system_generated"));
	}

	void updateBody(UUID uid, String body, OffsetDateTime at) {
		this.jdbc.sql("update user_task_comment set body = :body, last_modified = :at where uid = :uid")
			.param("uid", uid)
			.param("body", body)
			.param("at", at)
			.update();
	}

	void delete(UUID uid) {
		this.jdbc.sql("delete from user_task_comment where uid = :uid").param("uid", uid).update();
	}

}

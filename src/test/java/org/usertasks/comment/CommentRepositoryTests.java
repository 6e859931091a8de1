package org.usertasks.comment;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SQL that writes comments, against the configured database migrated by Flyway.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(CommentRepository.class)
class CommentRepositoryTests {

	private static final OffsetDateTime CREATED = OffsetDateTime.parse("2023-01-03T07:41:08.123456Z");

	private static final OffsetDateTime LATER = OffsetDateTime.parse("2023-01-04T10:00:00.000001Z");

	@Autowired
	private CommentRepository comments;

	@Autowired
	private JdbcClient jdbc;

	private UUID task;

	private UUID otherTask;

	@BeforeEach
	void tasksToCommentOn() {
		this.task = insertTask();
		this.otherTask = insertTask();
	}

	@Test
	void anInsertedCommentReadsBackAsItWasWritten() {
		Comment comment = comment(this.task, "Okay, I will have a look right away.");

		this.comments.insert(comment);

		assertThat(this.comments.find(this.task, comment.uid())).contains(comment);
		assertThat(this.comments.exists(comment.uid())).isTrue();
	}

	@Test
	void keepsASystemGeneratedCommentAndOneWithoutAuthorName() {
		Comment system = new Comment(UUID.randomUUID(), this.task, "Status changed", "admin", null, CREATED, CREATED,
				true);

		this.comments.insert(system);

		assertThat(this.comments.find(this.task, system.uid())).contains(system);
	}

	@Test
	void findsACommentOnlyUnderItsOwnTask() {
		Comment comment = comment(this.task, "Mine");
		this.comments.insert(comment);

		assertThat(this.comments.find(this.otherTask, comment.uid())).isEmpty();
		assertThat(this.comments.find(this.task, UUID.randomUUID())).isEmpty();
		assertThat(this.comments.exists(UUID.randomUUID())).isFalse();
	}

	@Test
	void updateBodyChangesTheTextAndLastModifiedOnly() {
		Comment comment = comment(this.task, "Draft");
		Comment other = comment(this.task, "Untouched");
		this.comments.insert(comment);
		this.comments.insert(other);

		this.comments.updateBody(comment.uid(), "Final", LATER);

		assertThat(this.comments.find(this.task, comment.uid()))
			.contains(new Comment(comment.uid(), this.task, "Final", "5", "John Doe", CREATED, LATER, false));
		assertThat(this.comments.find(this.task, other.uid())).contains(other);
	}

	@Test
	void deleteRemovesThatCommentOnly() {
		Comment doomed = comment(this.task, "Doomed");
		Comment kept = comment(this.task, "Kept");
		this.comments.insert(doomed);
		this.comments.insert(kept);

		this.comments.delete(doomed.uid());

		assertThat(this.comments.exists(doomed.uid())).isFalse();
		assertThat(this.comments.find(this.task, kept.uid())).contains(kept);
	}

	@Test
	void commentsGoWithTheirTask() {
		Comment doomed = comment(this.task, "Doomed");
		Comment kept = comment(this.otherTask, "Kept");
		this.comments.insert(doomed);
		this.comments.insert(kept);

		this.jdbc.sql("delete from user_task where uid = :uid").param("uid", this.task).update();

		assertThat(this.comments.exists(doomed.uid())).isFalse();
		assertThat(this.comments.exists(kept.uid())).isTrue();
	}

	private static Comment comment(UUID task, String body) {
		return new Comment(UUID.randomUUID(), task, body, "5", "John Doe", CREATED, CREATED, false);
	}

	private UUID insertTask() {
		UUID uid = UUID.randomUUID();
		this.jdbc.sql("""
				insert into user_task (uid, created, created_by, title, status, last_modified, version)
				values (:uid, :at, 'admin', 'A task', 0, :at, 1)""").param("uid", uid).param("at", CREATED).update();
		return uid;
	}

}

package org.usertasks.task;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SQL that writes one task and its children, read back through {@link TaskQueries}.
 */
@TaskJdbcTest
class TaskRepositoryTests {

	private static final OffsetDateTime LATER = OffsetDateTime.parse("2024-03-02T09:30:00.654321Z");

	@Autowired
	private TaskRepository tasks;

	@Autowired
	private TaskQueries queries;

	@Autowired
	private JdbcClient jdbc;

	private UUID editors;

	private UUID translators;

	@BeforeEach
	void usersAndGroupsToAssign() {
		TaskRows.insertUsers(this.jdbc, "3", "5", "7", "10", "12");
		this.editors = TaskRows.insertGroup(this.jdbc, "Editors");
		this.translators = TaskRows.insertGroup(this.jdbc, "Translators");
	}

	@Test
	void anInsertedTaskReadsBackAsItWasWritten() {
		Task task = new Task(UUID.randomUUID(), TaskRows.CREATED, "5",
				OffsetDateTime.parse("2023-01-14T00:00:00+02:00"), "Missing descriptions", "Use the English texts",
				TaskStatus.InProgress, List.of("5", "10"), List.of(this.editors),
				List.of(new AttachedEntity(0, "1022", AttachedEntityStatus.Done),
						new AttachedEntity(1, "5665", AttachedEntityStatus.Pending)),
				TaskRows.CREATED, 1);

		this.tasks.insertIfAbsent(task);

		assertThat(read(task.uid())).isEqualTo(task);
		assertThat(exists(task.uid())).isTrue();
	}

	@Test
	void keepsChildrenInTheOrderTheyWereGiven() {
		Task task = new Task(UUID.randomUUID(), TaskRows.CREATED, "5", null, null, null, TaskStatus.New,
				List.of("7", "12", "3", "10"), List.of(this.translators, this.editors),
				List.of(new AttachedEntity(3, "b", AttachedEntityStatus.Pending),
						new AttachedEntity(0, "c", AttachedEntityStatus.Done),
						new AttachedEntity(3, "a", AttachedEntityStatus.Pending),
						new AttachedEntity(1, "a", AttachedEntityStatus.Pending)),
				TaskRows.CREATED, 1);

		this.tasks.insertIfAbsent(task);

		Task read = read(task.uid());
		assertThat(read.assignedUsers()).containsExactly("7", "12", "3", "10");
		assertThat(read.assignedUserGroups()).containsExactly(this.translators, this.editors);
		assertThat(read.attachedEntities()).containsExactlyElementsOf(task.attachedEntities());
	}

	@ParameterizedTest
	@ValueSource(strings = { "2025-11-04T21:40:48.9992648+00:00", "2023-01-14T00:00:00+02:00",
			"2024-06-30T23:59:59.9999999-09:30", "2024-01-01T00:00:00.0000001+14:00",
			"1999-12-31T23:59:59.1234567+05:45", "2024-02-29T12:00:00.000000999-12:00",
			"2024-07-01T12:00:00.1234567+18:00", "2024-07-01T12:00:00-18:00" })
	void keepsTheDeadlinesOffsetAndFullFraction(String deadline) {
		OffsetDateTime sent = OffsetDateTime.parse(deadline);
		Task updated = TaskRows.task(UUID.randomUUID());
		this.tasks.insertIfAbsent(updated);

		Task inserted = withDeadline(TaskRows.task(UUID.randomUUID()), sent);
		this.tasks.insertIfAbsent(inserted);
		this.tasks.update(withDeadline(updated, sent));

		assertThat(read(inserted.uid()).deadline()).isEqualTo(sent);
		assertThat(read(updated.uid()).deadline()).isEqualTo(sent);
		assertThat(deadlineColumn(inserted.uid()).toInstant())
			.isEqualTo(StoredDeadline.instantColumn(sent).toInstant());
	}

	@Test
	void keepsNoDeadlineAsNone() {
		Task task = TaskRows.task(UUID.randomUUID());

		this.tasks.insertIfAbsent(task);

		assertThat(read(task.uid()).deadline()).isNull();
	}

	@Test
	void updateReplacesTheEditableFieldsAndTheChildrenAndCountsTheVersionUp() {
		Task before = new Task(UUID.randomUUID(), TaskRows.CREATED, "5", OffsetDateTime.parse("2023-01-14T00:00:00Z"),
				"Before", "Before", TaskStatus.New, List.of("5", "10"), List.of(this.editors),
				List.of(new AttachedEntity(0, "1022", AttachedEntityStatus.Pending)), TaskRows.CREATED, 1);
		this.tasks.insertIfAbsent(before);
		Task after = new Task(before.uid(), before.created(), before.createdBy(),
				OffsetDateTime.parse("2024-05-31T17:00:00.5-04:00"), "After", null, TaskStatus.Completed, List.of("12"),
				List.of(this.translators, this.editors), List.of(new AttachedEntity(2, "9", AttachedEntityStatus.Done),
						new AttachedEntity(0, "1022", AttachedEntityStatus.Done)),
				LATER, 2);

		boolean updated = this.tasks.update(after);

		assertThat(updated).isTrue();
		assertThat(read(before.uid())).isEqualTo(after);
	}

	@Test
	void updateOfAMissingTaskAnswersFalseAndWritesNothing() {
		Task missing = new Task(UUID.randomUUID(), TaskRows.CREATED, "5", null, null, null, TaskStatus.New,
				List.of("5"), List.of(this.editors), List.of(new AttachedEntity(0, "1", AttachedEntityStatus.Pending)),
				TaskRows.CREATED, 1);

		boolean updated = this.tasks.update(missing);

		assertThat(updated).isFalse();
		assertThat(exists(missing.uid())).isFalse();
		for (String table : List.of("user_task_assigned_user", "user_task_assigned_group", "user_task_entity")) {
			assertThat(TaskRows.count(this.jdbc, table, missing.uid())).as(table).isZero();
		}
	}

	@Test
	void touchMarksTheTaskChangedAndNothingElse() {
		Task task = TaskRows.task(UUID.randomUUID());
		this.tasks.insertIfAbsent(task);

		boolean touched = this.tasks.touch(task.uid(), LATER);

		assertThat(touched).isTrue();
		assertThat(read(task.uid())).isEqualTo(new Task(task.uid(), task.created(), task.createdBy(), task.deadline(),
				task.title(), task.description(), task.status(), task.assignedUsers(), task.assignedUserGroups(),
				task.attachedEntities(), LATER, task.version() + 1));
	}

	@Test
	void touchOfAMissingTaskAnswersFalse() {
		assertThat(this.tasks.touch(UUID.randomUUID(), LATER)).isFalse();
	}

	@Test
	void deleteRemovesTheTaskWithItsChildrenAndComments() {
		Task doomed = new Task(UUID.randomUUID(), TaskRows.CREATED, "5", null, null, null, TaskStatus.New, List.of("5"),
				List.of(this.editors), List.of(new AttachedEntity(0, "1", AttachedEntityStatus.Pending)),
				TaskRows.CREATED, 1);
		Task kept = new Task(UUID.randomUUID(), TaskRows.CREATED, "5", null, null, null, TaskStatus.New, List.of("5"),
				List.of(this.editors), List.of(new AttachedEntity(0, "1", AttachedEntityStatus.Pending)),
				TaskRows.CREATED, 1);
		this.tasks.insertIfAbsent(doomed);
		this.tasks.insertIfAbsent(kept);
		TaskRows.insertComment(this.jdbc, doomed.uid(), UUID.randomUUID(), "Gone", TaskRows.CREATED);
		TaskRows.insertComment(this.jdbc, kept.uid(), UUID.randomUUID(), "Stays", TaskRows.CREATED);

		boolean deleted = this.tasks.delete(doomed.uid());

		assertThat(deleted).isTrue();
		assertThat(exists(doomed.uid())).isFalse();
		for (String table : List.of("user_task_assigned_user", "user_task_assigned_group", "user_task_entity",
				"user_task_comment")) {
			assertThat(TaskRows.count(this.jdbc, table, doomed.uid())).as(table).isZero();
			assertThat(TaskRows.count(this.jdbc, table, kept.uid())).as(table).isOne();
		}
	}

	@Test
	void deleteOfAMissingTaskAnswersFalse() {
		this.tasks.insertIfAbsent(TaskRows.task(UUID.randomUUID()));

		assertThat(this.tasks.delete(UUID.randomUUID())).isFalse();
		assertThat(this.jdbc.sql("select count(*) from user_task").query(Long.class).single()).isOne();
	}

	private Task read(UUID uid) {
		List<TaskView> views = this.queries.byUids(List.of(uid));
		assertThat(views).hasSize(1);
		return views.get(0).task();
	}

	private OffsetDateTime deadlineColumn(UUID uid) {
		return this.jdbc.sql("select deadline from user_task where uid = :uid")
			.param("uid", uid)
			.query(OffsetDateTime.class)
			.single();
	}

	private static Task withDeadline(Task task, OffsetDateTime deadline) {
		return new Task(task.uid(), task.created(), task.createdBy(), deadline, task.title(), task.description(),
				task.status(), task.assignedUsers(), task.assignedUserGroups(), task.attachedEntities(),
				task.lastModified(), task.version());
	}

	private boolean exists(UUID uid) {
		return this.jdbc.sql("select count(*) from user_task where uid = :uid")
			.param("uid", uid)
			.query(Long.class)
			.single() > 0;
	}

}

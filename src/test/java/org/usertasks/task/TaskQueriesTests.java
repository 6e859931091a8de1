package org.usertasks.task;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SQL that reads tasks as the API shows them: the order of a page, the children and
 * the comment thread of each task, and a number of statements that does not grow with the
 * number of tasks.
 */
@TaskJdbcTest
class TaskQueriesTests {

	private static final OffsetDateTime EARLY = OffsetDateTime.parse("2024-03-01T08:00:00Z");

	private static final OffsetDateTime LATE = OffsetDateTime.parse("2024-03-01T08:00:00.000001Z");

	@Autowired
	private TaskRepository tasks;

	@Autowired
	private TaskQueries queries;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private StatementCounter statements;

	private UUID editors;

	private UUID translators;

	@BeforeEach
	void usersAndGroupsToAssign() {
		TaskRows.insertUsers(this.jdbc, "5", "10");
		this.editors = TaskRows.insertGroup(this.jdbc, "Editors");
		this.translators = TaskRows.insertGroup(this.jdbc, "Translators");
	}

	@Test
	void readsOnlyTheTasksThatExist() {
		UUID a = UUID.randomUUID();
		UUID b = UUID.randomUUID();
		this.tasks.insertIfAbsent(TaskRows.task(a));
		this.tasks.insertIfAbsent(TaskRows.task(b));

		List<UUID> found = uids(this.queries.byUids(List.of(a, UUID.randomUUID())));

		assertThat(found).containsExactly(a);
	}

	@Test
	void readsNothingForNoUidsWithoutAskingTheDatabase() {
		this.tasks.insertIfAbsent(TaskRows.task(UUID.randomUUID()));

		int count = this.statements.during(() -> assertThat(this.queries.byUids(List.of())).isEmpty());

		assertThat(count).isZero();
	}

	@Test
	void givesEachTaskItsOwnChildrenAndThread() {
		Task first = withChildren(UUID.randomUUID(), List.of("5"), List.of(this.editors),
				List.of(new AttachedEntity(0, "1", AttachedEntityStatus.Pending)));
		Task second = withChildren(UUID.randomUUID(), List.of("10", "5"), List.of(this.translators),
				List.of(new AttachedEntity(1, "2", AttachedEntityStatus.Done)));
		Task bare = TaskRows.task(UUID.randomUUID());
		for (Task task : List.of(first, second, bare)) {
			this.tasks.insertIfAbsent(task);
		}
		UUID comment = UUID.randomUUID();
		TaskRows.insertComment(this.jdbc, second.uid(), comment, "Only on the second", EARLY);

		List<TaskView> views = this.queries.byUids(List.of(first.uid(), second.uid(), bare.uid()));

		assertThat(views).extracting(TaskView::task).containsExactlyInAnyOrder(first, second, bare);
		assertThat(views).filteredOn((view) -> view.task().equals(second))
			.singleElement()
			.satisfies((view) -> assertThat(view.comments())
				.containsExactly(new TaskComment(comment, "Only on the second", "5", "John Doe", EARLY, EARLY, false)));
		assertThat(views).filteredOn((view) -> !view.task().equals(second))
			.allSatisfy((view) -> assertThat(view.comments()).isEmpty());
	}

	@Test
	void readsTheThreadOldestFirstWithTiesByUid() {
		UUID task = UUID.randomUUID();
		this.tasks.insertIfAbsent(TaskRows.task(task));
		UUID lateHigh = UUID.fromString("f0000000-0000-4000-8000-000000000000");
		UUID lateLow = UUID.fromString("10000000-0000-4000-8000-000000000000");
		UUID early = UUID.fromString("ff000000-0000-4000-8000-000000000000");
		TaskRows.insertComment(this.jdbc, task, lateHigh, "Late, high", LATE);
		TaskRows.insertComment(this.jdbc, task, lateLow, "Late, low", LATE);
		TaskRows.insertComment(this.jdbc, task, early, "Early", EARLY);

		List<TaskComment> thread = this.queries.byUids(List.of(task)).get(0).comments();

		assertThat(thread).extracting(TaskComment::uid).containsExactly(early, lateLow, lateHigh);
	}

	@Test
	void readsAPageOfOneHundredTasksWithTheSameStatementsAsAPageOfOne() {
		insertTasksWithEverything(1);
		List<UUID> one = allUids();
		int forOneTask = this.statements.during(() -> assertThat(this.queries.byUids(one)).hasSize(1));
		insertTasksWithEverything(99);

		List<TaskView> page = new ArrayList<>();
		List<UUID> uids = allUids();
		int forOneHundredTasks = this.statements.during(() -> page.addAll(this.queries.byUids(uids)));

		assertThat(page).hasSize(100).allSatisfy((view) -> {
			assertThat(view.task().assignedUsers()).hasSize(2);
			assertThat(view.task().assignedUserGroups()).hasSize(2);
			assertThat(view.task().attachedEntities()).hasSize(3);
			assertThat(view.comments()).hasSize(2);
		});
		// One for the tasks, one per kind of child: users, groups, entities, comments.
		// (The list's own query of a page's uids, in TaskSearchQueries, adds one more.)
		assertThat(forOneHundredTasks).isEqualTo(forOneTask).isEqualTo(5);
	}

	@Test
	void readsOneHundredTasksByUidWithTheSameStatementsAsOne() {
		List<UUID> uids = insertTasksWithEverything(100);

		int forOneTask = this.statements.during(() -> assertThat(this.queries.byUids(uids.subList(0, 1))).hasSize(1));
		int forOneHundredTasks = this.statements.during(() -> assertThat(this.queries.byUids(uids)).hasSize(100));

		assertThat(forOneHundredTasks).isEqualTo(forOneTask).isEqualTo(5);
	}

	private List<UUID> insertTasksWithEverything(int count) {
		List<UUID> uids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Task task = withChildren(UUID.randomUUID(), List.of("5", "10"), List.of(this.editors, this.translators),
					List.of(new AttachedEntity(0, "1022", AttachedEntityStatus.Pending),
							new AttachedEntity(0, "1023", AttachedEntityStatus.Done),
							new AttachedEntity(1, "5665", AttachedEntityStatus.Pending)));
			this.tasks.insertIfAbsent(task);
			TaskRows.insertComment(this.jdbc, task.uid(), UUID.randomUUID(), "First", EARLY);
			TaskRows.insertComment(this.jdbc, task.uid(), UUID.randomUUID(), "Second", LATE);
			uids.add(task.uid());
		}
		return uids;
	}

	private static Task withChildren(UUID uid, List<String> users, List<UUID> groups, List<AttachedEntity> entities) {
		return new Task(uid, TaskRows.CREATED, "admin", null, "Title", null, TaskStatus.New, users, groups, entities,
				TaskRows.CREATED, 1);
	}

	private static List<UUID> uids(List<TaskView> views) {
		return views.stream().map((view) -> view.task().uid()).toList();
	}

	private List<UUID> allUids() {
		return this.jdbc.sql("select uid from user_task").query(UUID.class).list();
	}

}

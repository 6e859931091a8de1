package org.usertasks.task;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.usertasks.identity.CurrentUser;
import org.usertasks.system.CodedEnum;

/**
 * SQL for filtered, sorted and paged task lists. A page takes one query for the Uids in
 * order (an index range where the filter allows), then the tasks and their children
 * through {@link TaskQueries}; a count takes one query. Each condition of the filter is a
 * fragment below, joined with {@code and}.
 */
@Repository
class TaskSearchQueries {

	private final JdbcClient jdbc;

	private final TaskQueries queries;

	TaskSearchQueries(JdbcClient jdbc, TaskQueries queries) {
		this.jdbc = jdbc;
		this.queries = queries;
	}

	long count(TaskFilter filter, CurrentUser caller, OffsetDateTime now) {
		Where where = Where.of(filter, caller, now);
		return this.jdbc.sql("select count(*) from user_task t" + where.sql())
			.params(where.params())
			.query(Long.class)
			.single();
	}

	/** How many tasks the filter matches in each status, in the order of the statuses. */
	Map<TaskStatus, Long> countByStatus(TaskFilter filter, CurrentUser caller, OffsetDateTime now) {
		Where where = Where.of(filter, caller, now);
		Map<TaskStatus, Long> counts = new EnumMap<>(TaskStatus.class);
		this.jdbc.sql("select t.status, count(*) as tasks from user_task t" + where.sql() + "\ngroup by t.status")
			.params(where.params())
			.query((rs) -> {
				counts.put(CodedEnum.ofStoredCode(TaskStatus.class, rs.getInt("status")), rs.getLong("tasks"));
			});
		return counts;
	}

	/**
	 * Up to {@code limit} tasks in the order asked, from {@code offset} or just after the
	 * cursor, and the cursor of the next page when there is one.
	 */
	Found page(TaskFilter filter, TaskSort sort, @Nullable TaskCursor after, long offset, int limit, CurrentUser caller,
			OffsetDateTime now) {
		Where where = Where.of(filter, caller, now);
		if (after != null) {
			Map<String, Object> position = new HashMap<>();
			position.put("afterUid", after.uid());
			if (after.value() != null) {
				position.put("afterValue", after.value());
			}
			where.add(keyset(sort, after), position);
		}
		String page = (offset > 0) ? "\noffset :offset rows fetch first :limit rows only"
				: "\nfetch first :limit rows only";
		// One more than asked: whether it exists tells whether there is a next page.
		List<Key> keys = this.jdbc
			.sql("select t.uid, t." + sort.key().column() + " as sort_value from user_task t" + where.sql()
					+ "\norder by " + sort.orderBy() + page)
			.params(where.params())
			.param("offset", offset)
			.param("limit", limit + 1)
			.query((rs, row) -> new Key(rs.getObject("uid", UUID.class), rs.getObject("sort_value", sort.key().type())))
			.list();
		List<Key> onPage = keys.subList(0, Math.min(limit, keys.size()));
		Map<UUID, TaskView> views = this.queries.byUids(onPage.stream().map(Key::uid).toList())
			.stream()
			.collect(Collectors.toMap((view) -> view.task().uid(), Function.identity()));
		// A task deleted between the two queries is left out.
		List<TaskView> tasks = onPage.stream().map((key) -> views.get(key.uid())).filter((v) -> v != null).toList();
		Key last = onPage.isEmpty() ? null : onPage.get(onPage.size() - 1);
		TaskCursor next = (keys.size() > limit && last != null) ? new TaskCursor(sort, last.sortValue(), last.uid())
				: null;
		return new Found(tasks, next);
	}

	/**
	 * Tasks after the cursor in the sort's order. A missing deadline or title sorts after
	 * every value, so it is compared apart: row values compare to unknown with a null.
	 */
	private static String keyset(TaskSort sort, TaskCursor after) {
		String column = "t." + sort.key().column();
		if (!sort.key().nullable()) {
			return "(" + column + ", t.uid) " + (sort.descending() ? "<" : ">") + " (:afterValue, :afterUid)";
		}
		if (after.value() == null) {
			return sort.descending() ? "(" + column + " is not null or t.uid < :afterUid)"
					: "(" + column + " is null and t.uid > :afterUid)";
		}
		return sort.descending() ? "(" + column + ", t.uid) < (:afterValue, :afterUid)"
				: "((" + column + ", t.uid) > (:afterValue, :afterUid) or " + column + " is null)";
	}

	record Found(List<TaskView> tasks, @Nullable TaskCursor next) {
	}

	private record Key(UUID uid, @Nullable Object sortValue) {
	}

	/** The {@code where} clause of a filter and its parameters. */
	private static final class Where {

		private final List<String> conditions = new ArrayList<>();

		private final Map<String, Object> params = new HashMap<>();

		static Where of(TaskFilter filter, CurrentUser caller, OffsetDateTime now) {
			Where where = new Where();
			if (filter.inbox()) {
				where.inbox(caller);
			}
			if (!filter.assignedUsers().isEmpty()) {
				where.add("""
						exists (select 1 from user_task_assigned_user au
						    where au.task_uid = t.uid and au.user_uid in (:assignedUsers))""",
						Map.of("assignedUsers", filter.assignedUsers()));
			}
			if (!filter.assignedUserGroups().isEmpty()) {
				where.add("""
						exists (select 1 from user_task_assigned_group ag
						    where ag.task_uid = t.uid and ag.group_uid in (:assignedGroups))""",
						Map.of("assignedGroups", filter.assignedUserGroups()));
			}
			if (!filter.createdBy().isEmpty()) {
				where.add("t.created_by in (:createdBy)", Map.of("createdBy", filter.createdBy()));
			}
			if (!filter.statuses().isEmpty()) {
				where.add("t.status in (:statuses)",
						Map.of("statuses", filter.statuses().stream().map(TaskStatus::code).toList()));
			}
			where.addIf(filter.deadlineBefore(), "t.deadline < :deadlineBefore", "deadlineBefore");
			where.addIf(filter.deadlineAfter(), "t.deadline >= :deadlineAfter", "deadlineAfter");
			if (filter.overdue() != null) {
				where.overdue(filter.overdue(), now);
			}
			if (filter.hasDeadline() != null) {
				where.add(filter.hasDeadline() ? "t.deadline is not null" : "t.deadline is null", Map.of());
			}
			where.addIf(filter.createdAfter(), "t.created >= :createdAfter", "createdAfter");
			where.addIf(filter.createdBefore(), "t.created < :createdBefore", "createdBefore");
			where.addIf(filter.modifiedSince(), "t.last_modified >= :modifiedSince", "modifiedSince");
			if (filter.entityType() != null) {
				where.entity(filter.entityType(), filter.entityIds());
			}
			if (filter.text() != null) {
				where.add("(t.title ilike :text escape '\\' or t.description ilike :text escape '\\')",
						Map.of("text", "%" + escapeLike(filter.text()) + "%"));
			}
			return where;
		}

		private void inbox(CurrentUser caller) {
			if (caller.groupIds().isEmpty()) {
				add("t.uid in (select iu.task_uid from user_task_assigned_user iu where iu.user_uid = :inboxUser)",
						Map.of("inboxUser", caller.userId()));
				return;
			}
			// "in ... or in ..." rather than "exists ... or exists ...": PostgreSQL plans
			// both as hashed lookups, but costs the exists form so high (~1.7M for
			// 100,000
			// tasks) that it compiles the count with JIT, which alone takes ~100 ms.
			add("""
					(t.uid in (select iu.task_uid from user_task_assigned_user iu where iu.user_uid = :inboxUser)
					    or t.uid in (select ig.task_uid from user_task_assigned_group ig
					        where ig.group_uid in (:inboxGroups)))""",
					Map.of("inboxUser", caller.userId(), "inboxGroups", List.copyOf(caller.groupIds())));
		}

		private void overdue(boolean overdue, OffsetDateTime now) {
			// "Not Completed" as a list of states, so that (status, deadline) serves
			// it as a few index ranges.
			List<Integer> open = List.of(TaskStatus.New.code(), TaskStatus.ReOpened.code(),
					TaskStatus.InProgress.code(), TaskStatus.AwaitingFeedback.code());
			if (overdue) {
				add("t.status in (:openStatuses) and t.deadline < :now", Map.of("openStatuses", open, "now", now));
			}
			else {
				add("(t.deadline is null or t.deadline >= :now or t.status not in (:openStatuses))",
						Map.of("openStatuses", open, "now", now));
			}
		}

		private void entity(int entityType, List<String> entityIds) {
			if (entityIds.isEmpty()) {
				add("""
						exists (select 1 from user_task_entity e
						    where e.task_uid = t.uid and e.entity_type = :entityType)""",
						Map.of("entityType", entityType));
				return;
			}
			add("""
					exists (select 1 from user_task_entity e
					    where e.task_uid = t.uid and e.entity_type = :entityType and e.entity_id in (:entityIds))""",
					Map.of("entityType", entityType, "entityIds", entityIds));
		}

		private void addIf(@Nullable Object value, String condition, String name) {
			if (value != null) {
				add(condition, Map.of(name, value));
			}
		}

		void add(String condition, Map<String, ?> values) {
			this.conditions.add(condition);
			this.params.putAll(values);
		}

		String sql() {
			return this.conditions.isEmpty() ? "" : "\nwhere " + String.join("\n  and ", this.conditions);
		}

		Map<String, Object> params() {
			return this.params;
		}

		/** Makes {@code %}, {@code _} and the escape character match themselves. */
		private static String escapeLike(String text) {
			return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		}

	}

}

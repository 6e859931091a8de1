package org.usertasks.task;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.usertasks.identity.CurrentUser;

/**
 * The activity trail: records what each change did to a task, field by field, and
 * announces it as a {@link TaskChanged} event in the same transaction.
 */
@Component
class TaskHistory {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	TaskHistory(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/** Records the changes of one task; nothing when there are none. */
	void record(UUID taskUid, List<TaskChange> changes, CurrentUser actor, OffsetDateTime at) {
		if (changes.isEmpty()) {
			return;
		}
		for (TaskChange change : changes) {
			this.jdbc.sql("""
					insert into user_task_history (task_uid, at, user_id, field, old_value, new_value)
					values (:taskUid, :at, :userId, :field, :oldValue, :newValue)""")
				.param("taskUid", taskUid)
				.param("at", at)
				.param("userId", actor.userId())
				.param("field", change.field())
				.param("oldValue", change.oldValue())
				.param("newValue", change.newValue())
				.update();
		}
		this.events.publishEvent(new TaskChanged(taskUid, changes, actor.userId(), actor.name(), at));
	}

	/** The task's trail, oldest first. */
	List<TaskHistoryEntry> of(UUID taskUid) {
		return this.jdbc.sql("""
				select at, user_id, field, old_value, new_value from user_task_history
				where task_uid = :taskUid order by id""").param("taskUid", taskUid).query(TaskHistory::entry).list();
	}

	private static TaskHistoryEntry entry(ResultSet rs, int row) throws SQLException {
		return new TaskHistoryEntry(rs.getObject("at", OffsetDateTime.class), rs.getString("user_id"),
				rs.getString("field"), rs.getString("old_value"), rs.getString("new_value"));
	}

}

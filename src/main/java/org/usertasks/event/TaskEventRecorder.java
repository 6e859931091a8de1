package org.usertasks.event;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.usertasks.comment.CommentChanged;
import org.usertasks.task.TaskChange;
import org.usertasks.task.TaskChanged;
import org.usertasks.task.TaskCreated;
import org.usertasks.task.TaskDeadlineReached;
import org.usertasks.task.TaskDeleted;
import org.usertasks.task.TaskService;
import org.usertasks.task.TaskView;
import org.usertasks.task.UserTaskResponse;

/**
 * Turns task and comment changes into outbox events, inside the transaction of the
 * change: if the change rolls back, so does its event, and no change commits without its
 * event. Runs after the other listeners, so that the task it carries includes what they
 * wrote (the activity comments).
 */
@Component
class TaskEventRecorder {

	static final String CREATED = "usertasks:created";

	static final String UPDATED = "usertasks:updated";

	static final String DELETED = "usertasks:deleted";

	static final String STATUS_CHANGED = "usertasks:statuschanged";

	static final String ASSIGNED = "usertasks:assigned";

	static final String COMMENTED = "usertasks:commented";

	static final String COMMENT_UPDATED = "usertasks:commentupdated";

	static final String COMMENT_DELETED = "usertasks:commentdeleted";

	static final String DEADLINE_APPROACHING = "usertasks:deadlineapproaching";

	static final String OVERDUE = "usertasks:overdue";

	private static final Set<String> ASSIGNMENT_FIELDS = Set.of("AssignedUsers", "AssignedUserGroups", "ClaimedBy");

	private final EventOutbox outbox;

	private final TaskService tasks;

	private final JsonMapper json;

	private final ApplicationEventPublisher events;

	TaskEventRecorder(EventOutbox outbox, TaskService tasks, JsonMapper json, ApplicationEventPublisher events) {
		this.outbox = outbox;
		this.tasks = tasks;
		this.json = json;
		this.events = events;
	}

	@EventListener
	@Order(Ordered.LOWEST_PRECEDENCE)
	void on(TaskCreated event) {
		// The task as created, not read back: no listener comments on a creation, so
		// they are the same, and a create costs three statements fewer.
		record(CREATED, event.taskUid(), null, event.actorId(), event.at(),
				UserTaskResponse.from(new TaskView(event.task(), List.of())));
	}

	/** A change can be several events: its status, its assignees, and any other field. */
	@EventListener
	@Order(Ordered.LOWEST_PRECEDENCE)
	void on(TaskChanged event) {
		List<String> fields = event.changes().stream().map(TaskChange::field).toList();
		// One read of the task for all the events of this change.
		UserTaskResponse task = current(event.taskUid());
		if (fields.contains("Status")) {
			record(STATUS_CHANGED, event.taskUid(), null, event.actorId(), event.at(), task);
		}
		if (fields.stream().anyMatch(ASSIGNMENT_FIELDS::contains)) {
			record(ASSIGNED, event.taskUid(), null, event.actorId(), event.at(), task);
		}
		if (fields.stream().anyMatch((field) -> !field.equals("Status") && !ASSIGNMENT_FIELDS.contains(field))) {
			record(UPDATED, event.taskUid(), null, event.actorId(), event.at(), task);
		}
	}

	@EventListener
	@Order(Ordered.LOWEST_PRECEDENCE)
	void on(TaskDeadlineReached event) {
		record(event.overdue() ? OVERDUE : DEADLINE_APPROACHING, event.taskUid(), null, TaskDeadlineReached.ACTOR,
				event.at(), current(event.taskUid()));
	}

	@EventListener
	@Order(Ordered.LOWEST_PRECEDENCE)
	void on(TaskDeleted event) {
		record(DELETED, event.taskUid(), null, event.actorId(), event.at(), null);
	}

	@EventListener
	@Order(Ordered.LOWEST_PRECEDENCE)
	void on(CommentChanged event) {
		String name = switch (event.kind()) {
			case ADDED -> COMMENTED;
			case UPDATED -> COMMENT_UPDATED;
			case DELETED -> COMMENT_DELETED;
		};
		record(name, event.taskUid(), event.commentUid(), event.actorId(), event.at(), current(event.taskUid()));
	}

	private UserTaskResponse current(UUID taskUid) {
		return UserTaskResponse.from(this.tasks.get(taskUid));
	}

	/**
	 * Writes one event; {@code task} is the task as the API returns it, null for a
	 * delete.
	 */
	private void record(String name, UUID taskUid, @Nullable UUID commentUid, String actorId, OffsetDateTime at,
			@Nullable UserTaskResponse task) {
		UUID eventUid = UUID.randomUUID();
		String payload = this.json
			.writeValueAsString(new EventPayload(name, eventUid, at, actorId, taskUid, commentUid, task));
		OutboxEvent recorded = this.outbox.append(eventUid, name, taskUid, actorId, at, payload);
		this.events.publishEvent(new EventRecorded(recorded));
	}

	/**
	 * What a webhook receives and the feed shows for an event: its name, id, time and
	 * actor, the task's Uid, and the task as the API returns it (not for a delete).
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record EventPayload(String event, UUID eventUid, OffsetDateTime time, String userId, UUID uid,
			@Nullable UUID commentUid, @Nullable UserTaskResponse userTask) {
	}

}

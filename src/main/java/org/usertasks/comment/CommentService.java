package org.usertasks.comment;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.usertasks.identity.CurrentUser;
import org.usertasks.system.NotPermittedException;
import org.usertasks.system.Timestamps;
import org.usertasks.task.TaskService;

/**
 * Use cases of a task's comment thread. Only a comment's author or an admin may change or
 * remove it; comments the service wrote itself stay as they are.
 */
@Service
public class CommentService {

	private final CommentRepository comments;

	private final TaskService tasks;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CommentService(CommentRepository comments, TaskService tasks, ApplicationEventPublisher events, Clock clock) {
		this.comments = comments;
		this.tasks = tasks;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Adds a comment by the caller; a null uid lets the service choose one.
	 */
	@Transactional
	public UUID add(UUID taskUid, @Nullable UUID uid, String text, CurrentUser caller) {
		return add(taskUid, uid, text, caller, null);
	}

	/**
	 * Adds a comment by the caller, if the task is at one of the expected versions
	 * (If-Match; null for any).
	 */
	@Transactional
	public UUID add(UUID taskUid, @Nullable UUID uid, String text, CurrentUser caller,
			@Nullable Set<Long> expectedVersions) {
		this.tasks.touch(taskUid, expectedVersions);
		UUID id = (uid != null) ? uid : UUID.randomUUID();
		if (this.comments.exists(id)) {
			throw new CommentAlreadyExistsException(id);
		}
		OffsetDateTime now = Timestamps.now(this.clock);
		this.comments.insert(new Comment(id, taskUid, text, caller.userId(), caller.name(), now, now, false));
		this.events.publishEvent(new CommentChanged(taskUid, id, CommentChanged.Kind.ADDED, caller.userId(), now));
		return id;
	}

	@Transactional
	public void edit(UUID taskUid, UUID uid, String text, CurrentUser caller, @Nullable Set<Long> expectedVersions) {
		this.tasks.touch(taskUid, expectedVersions);
		Comment comment = changeableBy(caller, taskUid, uid, "edit");
		OffsetDateTime now = Timestamps.now(this.clock);
		this.comments.updateBody(comment.uid(), text, now);
		this.events.publishEvent(new CommentChanged(taskUid, uid, CommentChanged.Kind.UPDATED, caller.userId(), now));
	}

	@Transactional
	public void delete(UUID taskUid, UUID uid, CurrentUser caller, @Nullable Set<Long> expectedVersions) {
		this.tasks.touch(taskUid, expectedVersions);
		Comment comment = changeableBy(caller, taskUid, uid, "delete");
		this.comments.delete(comment.uid());
		this.events.publishEvent(new CommentChanged(taskUid, uid, CommentChanged.Kind.DELETED, caller.userId(),
				Timestamps.now(this.clock)));
	}

	private Comment changeableBy(CurrentUser caller, UUID taskUid, UUID uid, String action) {
		Comment comment = this.comments.find(taskUid, uid)
			.orElseThrow(() -> new CommentNotFoundException(taskUid, uid));
		if (comment.systemGenerated()) {
			throw new NotPermittedException("System-generated comments cannot be changed; cannot " + action + " it.");
		}
		if (!caller.admin() && !comment.userId().equals(caller.userId())) {
			throw new NotPermittedException("Only the comment's author or an admin may " + action + " it.");
		}
		return comment;
	}

}

package org.usertasks.task;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.usertasks.identity.CurrentUser;
import org.usertasks.system.InvalidRequestException;
import org.usertasks.system.Timestamps;

/**
 * The use cases of user tasks.
 */
@Service
public class TaskService {

	/** Struct's fixed page size. */
	public static final int PAGE_SIZE = 100;

	/**
	 * The most assignees, groups or attached entities one task may have, and the most
	 * uids one batch may ask for.
	 */
	public static final int MAX_CHILDREN = 1000;

	private final TaskRepository tasks;

	private final TaskQueries queries;

	private final Assignees assignees;

	private final TaskHistory history;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	TaskService(TaskRepository tasks, TaskQueries queries, Assignees assignees, TaskHistory history,
			ApplicationEventPublisher events, Clock clock) {
		this.tasks = tasks;
		this.queries = queries;
		this.assignees = assignees;
		this.events = events;
		this.history = history;
		this.clock = clock;
	}

	/**
	 * Creates a task; a null uid lets the service choose one. Creating again a task that
	 * exists with the same content answers that task, so that a client may safely retry.
	 * @throws TaskAlreadyExistsException when the uid is taken by a task with other
	 * content
	 */
	@Transactional
	public Task create(@Nullable UUID uid, TaskContent content, CurrentUser caller) {
		UUID id = (uid != null) ? uid : UUID.randomUUID();
		OffsetDateTime now = Timestamps.now(this.clock);
		TaskStatus status = (content.status() != null) ? content.status() : TaskStatus.New;
		Task task = new Task(id, now, caller.userId(), checkedDeadline(content.deadline()), content.title(),
				content.description(), status, this.assignees.users(content.assignedUsers()),
				this.assignees.groups(content.assignedUserGroups()),
				attachedEntities(content.attachedEntities(), List.of()), now, 1);
		// Insert-if-absent rather than check-then-insert: two identical creates racing
		// each other both succeed.
		if (this.tasks.insertIfAbsent(task)) {
			this.events.publishEvent(new TaskCreated(task, caller.userId(), now));
			return task;
		}
		Task existing = get(id).task();
		if (uid != null && sameContent(existing, task)) {
			return existing;
		}
		throw new TaskAlreadyExistsException(id);
	}

	/**
	 * Replaces the task's editable fields, as Struct's PUT does, and records what
	 * changed.
	 * @param expectedVersions the versions an If-Match header accepts; null for none
	 * (last write wins)
	 * @return the task as it is now
	 */
	@Transactional
	public Task update(UUID uid, TaskContent content, CurrentUser actor, @Nullable Set<Long> expectedVersions) {
		Task current = lockForChange(uid, expectedVersions);
		TaskStatus status = (content.status() != null) ? content.status() : current.status();
		Task changed = new Task(uid, current.created(), current.createdBy(), checkedDeadline(content.deadline()),
				content.title(), content.description(), status, current.assignedUsers(), current.assignedUserGroups(),
				attachedEntities(content.attachedEntities(), current.attachedEntities()), current.lastModified(),
				current.version(), current.claim())
			.withAssignees(this.assignees.users(content.assignedUsers()),
					this.assignees.groups(content.assignedUserGroups()));
		return save(current, changed, actor);
	}

	@Transactional
	public void delete(UUID uid, CurrentUser actor, @Nullable Set<Long> expectedVersions) {
		lockVersion(uid, expectedVersions);
		this.events.publishEvent(new TaskDeleted(uid, actor.userId(), Timestamps.now(this.clock)));
		this.tasks.delete(uid);
	}

	/**
	 * Records that something belonging to the task (its comment thread) changed.
	 * @param expectedVersions the versions an If-Match header accepts; null for none
	 * @throws TaskNotFoundException when there is no such task
	 */
	@Transactional
	public void touch(UUID uid, @Nullable Set<Long> expectedVersions) {
		lockVersion(uid, expectedVersions);
		this.tasks.touch(uid, Timestamps.now(this.clock));
	}

	/**
	 * Locks the task for a change and answers it as it is.
	 * @throws TaskNotFoundException when there is no such task
	 * @throws TaskVersionConflictException when its version is not one the caller expects
	 */
	Task lockForChange(UUID uid, @Nullable Set<Long> expectedVersions) {
		lockVersion(uid, expectedVersions);
		return get(uid).task();
	}

	/**
	 * Writes a changed task, records the change in the activity trail, and answers the
	 * task as stored. A change that changes nothing writes nothing, so the version (the
	 * ETag) stays.
	 */
	Task save(Task current, Task changed, CurrentUser actor) {
		List<TaskChange> changes = TaskChanges.between(current, changed);
		if (changes.isEmpty() && current.equals(changed)) {
			return current;
		}
		OffsetDateTime now = Timestamps.now(this.clock);
		Task stored = new Task(changed.uid(), changed.created(), changed.createdBy(), changed.deadline(),
				changed.title(), changed.description(), changed.status(), changed.assignedUsers(),
				changed.assignedUserGroups(), changed.attachedEntities(), now, current.version() + 1, changed.claim());
		this.tasks.update(stored);
		this.history.record(stored.uid(), changes, actor, now);
		return stored;
	}

	List<TaskHistoryEntry> history(UUID uid) {
		return this.history.of(uid);
	}

	private void lockVersion(UUID uid, @Nullable Set<Long> expectedVersions) {
		long version = this.tasks.lockVersion(uid).orElseThrow(() -> new TaskNotFoundException(uid));
		if (expectedVersions != null && !expectedVersions.contains(version)) {
			throw new TaskVersionConflictException(uid, version);
		}
	}

	private static boolean sameContent(Task a, Task b) {
		return Objects.equals(a.title(), b.title()) && Objects.equals(a.description(), b.description())
				&& Objects.equals(a.deadline(), b.deadline()) && a.assignedUsers().equals(b.assignedUsers())
				&& a.assignedUserGroups().equals(b.assignedUserGroups())
				&& a.attachedEntities().equals(b.attachedEntities());
	}

	/** The task's version and creation time: one indexed lookup, no transaction. */
	TaskStamp stamp(UUID uid) {
		return this.tasks.stamp(uid).orElseThrow(() -> new TaskNotFoundException(uid));
	}

	@Transactional(readOnly = true)
	public TaskView get(UUID uid) {
		return this.queries.byUids(List.of(uid)).stream().findFirst().orElseThrow(() -> new TaskNotFoundException(uid));
	}

	/**
	 * The tasks with the given uids in the order asked; unknown uids are left out and
	 * repeats answered once.
	 */
	@Transactional(readOnly = true)
	public List<TaskView> batch(List<UUID> uids) {
		if (uids.size() > MAX_CHILDREN) {
			throw new InvalidRequestException("body",
					"at most " + MAX_CHILDREN + " uids per batch, not " + uids.size());
		}
		for (int i = 0; i < uids.size(); i++) {
			// A loop, not contains(null): immutable lists throw on null lookups.
			if (uids.get(i) == null) {
				throw new InvalidRequestException("body[" + i + "]", "must be a task Uid, not null");
			}
		}
		Set<UUID> distinct = new LinkedHashSet<>(uids);
		Map<UUID, TaskView> found = this.queries.byUids(distinct)
			.stream()
			.collect(Collectors.toMap((view) -> view.task().uid(), Function.identity()));
		return distinct.stream().filter(found::containsKey).map(found::get).toList();
	}

	/**
	 * A deadline in the years 1 to 9999: those that Struct (.NET's DateTimeOffset) can
	 * show, and both databases can keep. PostgreSQL turns earlier years than 4713 BC into
	 * -infinity and refuses years after 294276.
	 */
	private static @Nullable OffsetDateTime checkedDeadline(@Nullable OffsetDateTime deadline) {
		if (deadline != null && (deadline.getYear() < 1 || deadline.getYear() > 9999)) {
			throw new InvalidRequestException("Deadline",
					"must be in the years 0001 to 9999, not in the year " + deadline.getYear());
		}
		return deadline;
	}

	/**
	 * Checks that every user and group exists, as assigning them would.
	 * @param usersField the name the caller's request gives the users, so that an error
	 * names the field as the client sent it
	 * @param groupsField the name the caller's request gives the groups
	 * @throws InvalidRequestException naming each unknown id
	 */
	@Transactional(readOnly = true)
	public void checkAssignees(List<String> users, String usersField, List<UUID> groups, String groupsField) {
		this.assignees.users(users, usersField);
		this.assignees.groups(groups, groupsField);
	}

	/**
	 * Attached entities without repeats (the first of a repeated entity wins). An entity
	 * sent without a status keeps the one it has on the task, or starts Pending.
	 */
	private static List<AttachedEntity> attachedEntities(List<TaskContent.EntityReference> requested,
			List<AttachedEntity> current) {
		Map<EntityKey, AttachedEntityStatus> currentStatus = new HashMap<>();
		current.forEach((entity) -> currentStatus.put(EntityKey.of(entity), entity.status()));
		Map<EntityKey, AttachedEntity> result = new LinkedHashMap<>();
		for (TaskContent.EntityReference reference : requested) {
			EntityKey key = new EntityKey(reference.entityType(), reference.entityId());
			AttachedEntityStatus status = (reference.status() != null) ? reference.status()
					: currentStatus.getOrDefault(key, AttachedEntityStatus.Pending);
			result.putIfAbsent(key, new AttachedEntity(key.entityType(), key.entityId(), status));
		}
		return List.copyOf(result.values());
	}

	private record EntityKey(int entityType, String entityId) {

		static EntityKey of(AttachedEntity entity) {
			return new EntityKey(entity.entityType(), entity.entityId());
		}

	}

}

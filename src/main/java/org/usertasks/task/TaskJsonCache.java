package org.usertasks.task;

import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.usertasks.system.ApiProperties;

/**
 * The JSON of recently read tasks, each with the {@link TaskStamp} (version and creation
 * time) it shows. {@code GET /v1/usertasks/{uid}} asks the database for the task's
 * version alone (one indexed lookup) and answers the kept JSON when the version is the
 * same: every change of a task or of what it shows raises its version (its comments, its
 * deadline reminders, the deletion of a user or group assigned to it), so the answer is
 * current on every instance, without invalidation messages between them. 16 MB by default
 * (about 13,000 tasks of the usual size, {@code usertasks.api.task-json-cache-size}).
 */
@Component
public class TaskJsonCache {

	/** Null when turned off ({@code usertasks.api.task-json-cache-size=0}). */
	private final @Nullable Cache<UUID, Entry> entries;

	TaskJsonCache(ApiProperties properties) {
		long maxBytes = properties.taskJsonCacheSize().toBytes();
		this.entries = (maxBytes <= 0) ? null
				: Caffeine.newBuilder()
					.maximumWeight(maxBytes)
					.weigher((UUID uid, Entry entry) -> entry.json().length)
					.build();
	}

	/** The task's JSON as it is at this stamp, or null when none is kept. */
	byte @Nullable [] get(UUID uid, TaskStamp stamp) {
		Entry entry = (this.entries != null) ? this.entries.getIfPresent(uid) : null;
		return (entry != null && entry.stamp().sameAs(stamp)) ? entry.json() : null;
	}

	void put(UUID uid, TaskStamp stamp, byte[] json) {
		if (this.entries != null) {
			this.entries.put(uid, new Entry(stamp, json));
		}
	}

	/** Forgets a deleted task's JSON at once, rather than when the memory is needed. */
	@EventListener
	void on(TaskDeleted deleted) {
		if (this.entries != null) {
			this.entries.invalidate(deleted.taskUid());
		}
	}

	/**
	 * Forgets every task's JSON: for rows changed outside the application, such as a
	 * restored backup or a test's clean-up, which do not raise versions.
	 */
	public void clear() {
		if (this.entries != null) {
			this.entries.invalidateAll();
		}
	}

	private record Entry(TaskStamp stamp, byte[] json) {
	}

}

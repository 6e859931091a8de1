package org.usertasks.event;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.usertasks.identity.CurrentUser;
import org.usertasks.system.DaemonThreads;

/**
 * The live stream behind {@code GET /v1/events}: one poller reads new events from the
 * outbox (which every instance writes, so a client sees the changes of all instances) and
 * sends each to the subscribers that want it. A subscriber that resumes from an older
 * position is caught up from the outbox first, so nothing is skipped.
 */
@Component
class EventStream {

	private static final int BATCH = 500;

	private static final Logger log = LoggerFactory.getLogger(EventStream.class);

	private final EventOutbox outbox;

	private final JsonMapper json;

	private final EventStreamProperties properties;

	private final Map<UUID, Subscriber> subscribers = new ConcurrentHashMap<>();

	private final ScheduledExecutorService poller = Executors
		.newSingleThreadScheduledExecutor(DaemonThreads.named("event-stream"));

	private volatile long lastSeen = -1;

	private long lastHeartbeat = System.nanoTime();

	EventStream(EventOutbox outbox, JsonMapper json, EventStreamProperties properties) {
		this.outbox = outbox;
		this.json = json;
		this.properties = properties;
		long interval = properties.pollInterval().toMillis();
		this.poller.scheduleWithFixedDelay(this::pollSafely, interval, interval, TimeUnit.MILLISECONDS);
	}

	/**
	 * Ends every stream when the application starts to close, before the web server waits
	 * for open requests to finish (a stream would hold that graceful shutdown for its
	 * whole timeout, and go on polling a database being closed).
	 */
	@EventListener(ContextClosedEvent.class)
	@PreDestroy
	void stop() {
		this.poller.shutdownNow();
		this.subscribers.values().forEach((subscriber) -> subscriber.emitter().complete());
	}

	/**
	 * A new subscriber, sent every event after {@code after} (or only new events when
	 * null) that passes its filter.
	 * @param names only these event names; empty for all
	 * @param inboxOf only events of tasks assigned to this user or their groups; null for
	 * all tasks
	 */
	SseEmitter subscribe(@Nullable Long after, Set<String> names, @Nullable CurrentUser inboxOf) {
		SseEmitter emitter = new SseEmitter(this.properties.connectionLifetime().toMillis());
		long start = (after != null) ? after : this.outbox.lastPosition();
		UUID id = UUID.randomUUID();
		this.subscribers.put(id, new Subscriber(emitter, names, inboxOf, new long[] { start }));
		emitter.onCompletion(() -> this.subscribers.remove(id));
		emitter.onTimeout(() -> this.subscribers.remove(id));
		emitter.onError((ex) -> this.subscribers.remove(id));
		return emitter;
	}

	private void pollSafely() {
		try {
			poll();
		}
		catch (RuntimeException ex) {
			log.warn("Event stream poll failed; it will be tried again", ex);
		}
	}

	private void poll() {
		if (this.subscribers.isEmpty()) {
			this.lastSeen = -1;
			return;
		}
		long previous = (this.lastSeen >= 0) ? this.lastSeen : this.outbox.lastPosition();
		List<OutboxEvent> fresh = this.outbox.after(previous, List.of(), BATCH);
		this.lastSeen = fresh.isEmpty() ? previous : fresh.get(fresh.size() - 1).id();
		boolean heartbeat = System.nanoTime() - this.lastHeartbeat > this.properties.heartbeat().toNanos();
		if (heartbeat) {
			this.lastHeartbeat = System.nanoTime();
		}
		this.subscribers.forEach((id, subscriber) -> {
			// Behind the shared batch (it resumed from an older position): catch up from
			// the outbox itself.
			List<OutboxEvent> events = (subscriber.position() >= previous) ? fresh
					: this.outbox.after(subscriber.position(), List.of(), BATCH);
			try {
				for (OutboxEvent event : events) {
					if (event.id() > subscriber.position()) {
						send(subscriber, event);
					}
				}
				if (heartbeat) {
					subscriber.emitter().send(SseEmitter.event().comment("heartbeat"));
				}
			}
			catch (IOException | IllegalStateException ex) {
				// The client went away; its emitter is finished and forgotten.
				this.subscribers.remove(id);
				subscriber.emitter().completeWithError(ex);
			}
		});
	}

	private void send(Subscriber subscriber, OutboxEvent event) throws IOException {
		subscriber.cursor()[0] = event.id();
		if (!subscriber.names().isEmpty() && !subscriber.names().contains(event.name())) {
			return;
		}
		JsonNode payload = this.json.readTree(event.payload());
		if (subscriber.inboxOf() != null && !inInbox(payload, subscriber.inboxOf())) {
			return;
		}
		subscriber.emitter()
			.send(SseEmitter.event().id(Long.toString(event.id())).name(event.name()).data(event.payload()));
	}

	/**
	 * Whether the event's task is assigned to the user or one of their groups (deletes
	 * carry no task).
	 */
	private static boolean inInbox(JsonNode payload, CurrentUser user) {
		JsonNode task = payload.get("UserTask");
		if (task == null) {
			return false;
		}
		for (JsonNode assignee : task.path("AssignedUsers")) {
			if (assignee.asString().equals(user.userId())) {
				return true;
			}
		}
		for (JsonNode group : task.path("AssignedUserGroups")) {
			if (user.groupIds().contains(UUID.fromString(group.asString()))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A connected client: its emitter, its filter, and the position of the last event it
	 * was given.
	 */
	private record Subscriber(SseEmitter emitter, Set<String> names, @Nullable CurrentUser inboxOf, long[] cursor) {

		long position() {
			return this.cursor[0];
		}

	}

}

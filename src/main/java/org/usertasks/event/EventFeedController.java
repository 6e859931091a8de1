package org.usertasks.event;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /v1/events/feed}: the events in the order they happened, for clients that
 * poll. A client keeps the {@code Next} cursor of each answer and asks again with
 * {@code after=<cursor>}; nothing is skipped or repeated.
 */
@RestController
class EventFeedController {

	private final EventOutbox outbox;

	private final JsonMapper json;

	EventFeedController(EventOutbox outbox, JsonMapper json) {
		this.outbox = outbox;
		this.json = json;
	}

	/**
	 * @param after the cursor of the last event already read; 0 (the default) for the
	 * beginning
	 * @param events only these event names, comma-separated or repeated (e.g.
	 * usertasks:created)
	 */
	@GetMapping("/v1/events/feed")
	EventFeed feed(@RequestParam(defaultValue = "0") @Min(0) long after,
			@RequestParam(required = false) @Nullable List<String> events,
			@RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
		List<FeedEntry> entries = this.outbox.after(after, EventNames.parse(events), limit)
			.stream()
			.map((event) -> new FeedEntry(event.id(), event.name(), event.eventUid(), event.taskUid(),
					this.json.readTree(event.payload())))
			.toList();
		long next = entries.isEmpty() ? after : entries.get(entries.size() - 1).id();
		return new EventFeed(entries, next);
	}

	/** One page of the feed, and the cursor to ask for the next. */
	record EventFeed(List<FeedEntry> events, long next) {
	}

	/**
	 * An event: its position (a cursor), name, id, task and payload, as a webhook
	 * receives it.
	 */
	record FeedEntry(long id, String event, UUID eventUid, @Nullable UUID taskUid, JsonNode payload) {
	}

}

package org.usertasks.event;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.usertasks.identity.CurrentUser;
import org.usertasks.system.InvalidRequestException;

/**
 * {@code GET /v1/events}: the events as Server-Sent Events. Each has the outbox position
 * as its {@code id}, so a client that reconnects with {@code Last-Event-ID} (or
 * {@code ?after=}) gets everything it missed.
 */
@RestController
class EventStreamController {

	private final EventStream stream;

	EventStreamController(EventStream stream) {
		this.stream = stream;
	}

	/**
	 * @param events only these event names, comma-separated or repeated
	 * @param inbox {@code me}: only events of tasks assigned to the caller or the
	 * caller's groups
	 */
	@GetMapping(path = { "/v1/events", "/ui/events" }, produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter events(@RequestHeader(name = "Last-Event-ID", required = false) @Nullable String lastEventId,
			@RequestParam(required = false) @Nullable Long after,
			@RequestParam(required = false) @Nullable List<String> events,
			@RequestParam(required = false) @Nullable String inbox, @AuthenticationPrincipal CurrentUser caller) {
		if (inbox != null && !inbox.equals("me")) {
			throw new InvalidRequestException("inbox", "only 'me' is supported");
		}
		Long from = (after != null) ? after : position(lastEventId);
		return this.stream.subscribe(from, EventNames.parse(events), (inbox != null) ? caller : null);
	}

	private static @Nullable Long position(@Nullable String lastEventId) {
		if (lastEventId == null || lastEventId.isBlank()) {
			return null;
		}
		try {
			return Long.parseLong(lastEventId.trim());
		}
		catch (NumberFormatException ex) {
			throw new InvalidRequestException("Last-Event-ID", "must be the id of an event this stream sent");
		}
	}

}

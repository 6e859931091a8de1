package org.usertasks.event;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.usertasks.ApiClient;
import org.usertasks.task.TaskApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code GET /v1/events}: Server-Sent Events, resumable with Last-Event-ID, filtered,
 * with heartbeats.
 */
class EventStreamTests extends TaskApiTestSupport {

	private final HttpClient http = HttpClient.newHttpClient();

	private final List<CompletableFuture<?>> streams = new CopyOnWriteArrayList<>();

	@AfterEach
	void closeStreams() {
		this.streams.forEach((stream) -> stream.cancel(true));
	}

	@Test
	void aChangeArrivesAsAnEventWithItsPositionNameAndPayload() {
		List<String> lines = open("/v1/events", ADMIN_KEY, null);
		awaitConnected(lines);

		String uid = createTask("Live");

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(lines).anyMatch((line) -> line.contains(uid)));
		int data = indexOf(lines, uid);
		assertThat(lines.get(data - 1)).isEqualTo("event:usertasks:created");
		assertThat(lines.get(data - 2)).matches("id:\\d+");
		assertThat(lines.get(data)).startsWith("data:{\"Event\":\"usertasks:created\"");
	}

	@Test
	void aClientThatReconnectsWithLastEventIdGetsWhatItMissedInOrder() {
		long before = lastPosition();
		String first = createTask("First");
		String second = createTask("Second");

		List<String> lines = open("/v1/events", ADMIN_KEY, Long.toString(before));

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(lines).anyMatch((line) -> line.contains(second)));
		assertThat(indexOf(lines, first)).isLessThan(indexOf(lines, second));
	}

	@Test
	void aClientGetsOnlyTheEventsItAskedFor() {
		List<String> lines = open("/v1/events?events=usertasks:commented", ADMIN_KEY, null);
		awaitConnected(lines);

		String uid = createTask("Filtered");
		this.admin.post("/v1/usertasks/" + uid + "/comments", "{\"Comment\": \"Seen\"}");

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(lines).anyMatch((line) -> line.equals("event:usertasks:commented")));
		assertThat(lines).noneMatch((line) -> line.equals("event:usertasks:created"));
	}

	@Test
	void theInboxStreamCarriesOnlyTheCallersTasks() {
		ApiClient ann = clientOf("5", "Ann", "Lee");
		createUsers("10");
		String annKey = ann.request("/").build().headers().firstValue("Authorization").orElseThrow();
		List<String> lines = open("/v1/events?inbox=me", annKey, null);
		awaitConnected(lines);

		String mine = UUID.randomUUID().toString();
		String theirs = UUID.randomUUID().toString();
		postTask("{\"Uid\": \"" + theirs + "\", \"AssignedUsers\": [\"10\"]}");
		postTask("{\"Uid\": \"" + mine + "\", \"AssignedUsers\": [\"5\"]}");

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(lines).anyMatch((line) -> line.contains(mine)));
		assertThat(lines).noneMatch((line) -> line.contains(theirs));
	}

	@Test
	void anEventAnotherInstanceWroteToTheSharedOutboxReachesTheStream() {
		List<String> lines = open("/v1/events", ADMIN_KEY, null);
		awaitConnected(lines);
		UUID eventUid = UUID.randomUUID();

		this.jdbc.sql("""
				insert into event_outbox (event_uid, name, task_uid, actor_id, occurred, payload)
				values (:eventUid, 'usertasks:updated', null, 'admin', :at, :payload)""")
			.param("eventUid", eventUid)
			.param("at", OffsetDateTime.parse("2024-03-01T08:00:00Z"))
			.param("payload", "{\"Event\":\"usertasks:updated\",\"EventUid\":\"" + eventUid + "\"}")
			.update();

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(lines).anyMatch((line) -> line.contains(eventUid.toString())));
	}

	@Test
	void anIdleStreamGetsHeartbeats() {
		List<String> lines = open("/v1/events", ADMIN_KEY, null);

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(lines).contains(":heartbeat"));
	}

	@Test
	void theStreamNeedsAKeyAndAKnownInbox() {
		assertThat(this.admin.as(null).get("/v1/events").status()).isEqualTo(401);
		assertThat(this.admin.get("/v1/events?inbox=someone").status()).isEqualTo(400);
	}

	/** Opens a stream and collects its lines as they arrive. */
	private List<String> open(String path, String key, String lastEventId) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Authorization", key)
			.header("Accept", "text/event-stream");
		if (lastEventId != null) {
			request.header("Last-Event-ID", lastEventId);
		}
		List<String> lines = new CopyOnWriteArrayList<>();
		CompletableFuture<HttpResponse<Stream<String>>> response = this.http.sendAsync(request.build(),
				HttpResponse.BodyHandlers.ofLines());
		this.streams.add(response.thenAcceptAsync((answer) -> {
			lines.add("status:" + answer.statusCode());
			answer.body().forEach(lines::add);
		}));
		return lines;
	}

	/** The stream is live once it answered and a first heartbeat came through. */
	private static void awaitConnected(List<String> lines) {
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(lines).contains("status:200", ":heartbeat"));
	}

	private static int indexOf(List<String> lines, String text) {
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(text)) {
				return i;
			}
		}
		return -1;
	}

	private long lastPosition() {
		return this.jdbc.sql("select coalesce(max(id), 0) from event_outbox").query(Long.class).single();
	}

}

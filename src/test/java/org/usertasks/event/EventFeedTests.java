package org.usertasks.event;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.usertasks.ApiClient;
import org.usertasks.task.TaskApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every task change writes its event in the same transaction, and the feed reads them in
 * order.
 */
class EventFeedTests extends TaskApiTestSupport {

	@Autowired
	private OutboxCleanup cleanup;

	@Test
	void eachKindOfChangeBecomesItsEventInTheOrderMade() {
		createUsers("5", "10");
		long start = lastPosition();
		String uid = UUID.randomUUID().toString();
		String comment = UUID.randomUUID().toString();

		postTask("{\"Uid\": \"" + uid + "\", \"Title\": \"Images\", \"AssignedUsers\": [\"5\"]}");
		putTask("{\"Uid\": \"" + uid + "\", \"Title\": \"Better images\", \"AssignedUsers\": [\"5\"]}");
		this.admin.post("/v1/usertasks/" + uid + "/status", "{\"Status\": 2}");
		putTask("{\"Uid\": \"" + uid + "\", \"Title\": \"Better images\", \"AssignedUsers\": [\"10\"]}");
		this.admin.post("/v1/usertasks/" + uid + "/comments", "{\"Uid\": \"" + comment + "\", \"Comment\": \"On it\"}");
		this.admin.put("/v1/usertasks/" + uid + "/comments", "{\"Uid\": \"" + comment + "\", \"Comment\": \"Done\"}");
		this.admin.delete("/v1/usertasks/" + uid + "/comments?commentUid=" + comment);
		this.admin.delete("/v1/usertasks/" + uid);

		assertThat(names(feed("?after=" + start))).containsExactly("usertasks:created", "usertasks:updated",
				"usertasks:statuschanged", "usertasks:assigned", "usertasks:commented", "usertasks:commentupdated",
				"usertasks:commentdeleted", "usertasks:deleted");
	}

	@Test
	void anEventCarriesItsNameIdTimeActorAndTheTaskAsTheApiReturnsIt() {
		long start = lastPosition();
		String uid = createTask("Images");

		JsonNode entry = feed("?after=" + start).get("Events").get(0);

		JsonNode payload = entry.get("Payload");
		assertThat(entry.get("Event").asString()).isEqualTo("usertasks:created");
		assertThat(entry.get("TaskUid").asString()).isEqualTo(uid);
		assertThat(payload.propertyNames()).containsExactly("Event", "EventUid", "Time", "UserId", "Uid", "UserTask");
		assertThat(payload.get("EventUid").asString()).isEqualTo(entry.get("EventUid").asString());
		assertThat(payload.get("UserId").asString()).isEqualTo("admin");
		assertThat(payload.get("Time").asString())
			.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{7}[+-]\\d\\d:\\d\\d");
		assertThat(payload.get("UserTask")).isEqualTo(task(uid));
	}

	@Test
	void aCreatedTaskIsCarriedExactlyAsTheApiThenReturnsIt() {
		createUsers("5", "10");
		String group = createGroup("Editors");
		long start = lastPosition();
		String uid = UUID.randomUUID().toString();

		postTask(
				"""
						{"Uid": "%s", "Title": "Images", "Description": "Add them", "Deadline": "2027-01-14T09:30:00.1234567+02:00",
						 "AssignedUsers": ["10", "5"], "AssignedUserGroups": ["%s"], "AttachedEntities": [
						 {"EntityType": 1, "EntityId": "88-red"}, {"EntityType": 0, "EntityId": "88", "Status": 1}]}"""
					.formatted(uid, group));

		JsonNode created = feed("?after=" + start).get("Events").get(0).get("Payload").get("UserTask");
		assertThat(created.get("AttachedEntities")).hasSize(2);
		assertThat(created).isEqualTo(task(uid));
	}

	@Test
	void aDeletedTaskIsNamedByItsUidAlone() {
		String uid = createTask("Images");
		long start = lastPosition();

		this.admin.delete("/v1/usertasks/" + uid);

		JsonNode payload = feed("?after=" + start).get("Events").get(0).get("Payload");
		assertThat(payload.get("Event").asString()).isEqualTo("usertasks:deleted");
		assertThat(payload.get("Uid").asString()).isEqualTo(uid);
		assertThat(payload.has("UserTask")).isFalse();
	}

	@Test
	void aRejectedChangeWritesNoEvent() {
		String uid = createTask("Images");
		long start = lastPosition();

		ApiClient.Response unknownUser = this.admin.put("/v1/usertasks",
				"{\"Uid\": \"" + uid + "\", \"Title\": \"Other\", \"AssignedUsers\": [\"nobody\"]}");
		ApiClient.Response stale = this.admin.send(this.admin.request("/v1/usertasks/" + uid + "/status")
			.header("Content-Type", "application/json")
			.header("If-Match", "\"99\"")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"Status\": 2}")));

		assertThat(unknownUser.status()).isEqualTo(400);
		assertThat(stale.status()).isEqualTo(412);
		assertThat(feed("?after=" + start).get("Events").isEmpty()).isTrue();
	}

	@Test
	void theFeedPagesByItsCursorWithoutSkippingOrRepeating() {
		long start = lastPosition();
		for (int i = 0; i < 5; i++) {
			createTask("Task " + i);
		}

		JsonNode first = feed("?after=" + start + "&limit=2");
		JsonNode second = feed("?after=" + first.get("Next").asLong() + "&limit=2");
		JsonNode third = feed("?after=" + second.get("Next").asLong() + "&limit=2");
		JsonNode end = feed("?after=" + third.get("Next").asLong() + "&limit=2");

		List<String> titles = new ArrayList<>();
		for (JsonNode page : List.of(first, second, third)) {
			page.get("Events")
				.forEach((entry) -> titles.add(entry.get("Payload").get("UserTask").get("Title").asString()));
		}
		assertThat(titles).containsExactly("Task 0", "Task 1", "Task 2", "Task 3", "Task 4");
		assertThat(end.get("Events").isEmpty()).isTrue();
		assertThat(end.get("Next").asLong()).isEqualTo(third.get("Next").asLong());
	}

	@Test
	void theFeedKeepsOnlyTheEventsAskedFor() {
		long start = lastPosition();
		String uid = createTask("Images");
		this.admin.post("/v1/usertasks/" + uid + "/comments", "{\"Comment\": \"On it\"}");
		this.admin.post("/v1/usertasks/" + uid + "/status", "{\"Status\": 2}");

		JsonNode feed = feed("?after=" + start + "&events=usertasks:commented,usertasks:statuschanged");

		assertThat(names(feed)).containsExactly("usertasks:commented", "usertasks:statuschanged");
	}

	@Test
	void theFeedNeedsAKeyAndASensibleLimit() {
		assertThat(this.admin.as(null).get("/v1/events/feed").status()).isEqualTo(401);
		assertThat(this.admin.get("/v1/events/feed?limit=0").status()).isEqualTo(400);
		assertThat(this.admin.get("/v1/events/feed?limit=1001").status()).isEqualTo(400);
	}

	@Test
	void oldEventsLeaveTheOutboxUnlessADeliveryStillNeedsThem() {
		long old = insertEvent("2023-12-01T00:00:00Z");
		long recent = insertEvent("2024-02-20T00:00:00Z");
		long delivered = insertEvent("2023-12-01T00:00:00Z");
		UUID webhook = UUID.randomUUID();
		this.jdbc.sql("""
				insert into webhook (uid, url, active, enabled_events, created, last_modified)
				values (:uid, 'http://localhost/hook', false, 'usertasks:*', :at, :at)""")
			.param("uid", webhook)
			.param("at", OffsetDateTime.parse("2023-12-01T00:00:00Z"))
			.update();
		this.jdbc.sql("""
				insert into webhook_delivery (uid, webhook_uid, event_id, event_name, state, attempts, next_attempt_at,
				    created)
				values (:uid, :webhook, :event, 'usertasks:updated', 'failed', 1, :at, :at)""")
			.param("uid", UUID.randomUUID())
			.param("webhook", webhook)
			.param("event", delivered)
			.param("at", OffsetDateTime.parse("2023-12-01T00:00:00Z"))
			.update();

		this.cleanup.forgetOld();

		List<Long> kept = this.jdbc.sql("select id from event_outbox where id in (:ids)")
			.param("ids", List.of(old, recent, delivered))
			.query(Long.class)
			.list();
		assertThat(kept).containsExactlyInAnyOrder(recent, delivered);
		this.jdbc.sql("delete from webhook where uid = :uid").param("uid", webhook).update();
	}

	private long insertEvent(String occurred) {
		this.jdbc.sql("""
				insert into event_outbox (event_uid, name, task_uid, actor_id, occurred, payload)
				values (:eventUid, 'usertasks:updated', null, 'admin', :at, '{}')""")
			.param("eventUid", UUID.randomUUID())
			.param("at", OffsetDateTime.parse(occurred))
			.update();
		return lastPosition();
	}

	private long lastPosition() {
		return this.jdbc.sql("select coalesce(max(id), 0) from event_outbox").query(Long.class).single();
	}

	private JsonNode feed(String query) {
		ApiClient.Response response = this.admin.get("/v1/events/feed" + query);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	private static List<String> names(JsonNode feed) {
		List<String> names = new ArrayList<>();
		feed.get("Events").forEach((entry) -> names.add(entry.get("Event").asString()));
		return names;
	}

}

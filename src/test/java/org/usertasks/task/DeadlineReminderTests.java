package org.usertasks.task;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each deadline yields one "approaching" and one "overdue" reminder, each with a system
 * comment and an event, exactly once, driven by the clock; a new deadline re-arms them.
 */
class DeadlineReminderTests extends TaskApiTestSupport {

	@Autowired
	private DeadlineReminders reminders;

	@Test
	void theApproachingReminderFiresOnceWithinTheLeadTime() {
		String uid = taskDue(SettableClock.START.plus(Duration.ofHours(30)));

		int early = this.reminders.remindDue();
		this.clock.advance(Duration.ofHours(7));
		int due = this.reminders.remindDue();
		int again = this.reminders.remindDue();

		assertThat(early).isZero();
		assertThat(due).isOne();
		assertThat(again).isZero();
		assertThat(eventNames(uid)).containsExactly("usertasks:created", "usertasks:deadlineapproaching");
		assertThat(systemComments(uid)).singleElement()
			.satisfies((text) -> assertThat(text).startsWith("Deadline approaching: due "));
		JsonNode comment = task(uid).get("Comments").get(0);
		assertThat(comment.get("UserId").asString()).isEqualTo("system");
		assertThat(comment.get("Name").asString()).isEqualTo("UserTasks");
	}

	@Test
	void theOverdueReminderFiresOnceAfterTheDeadline() {
		String uid = taskDue(SettableClock.START.plus(Duration.ofHours(2)));
		this.reminders.remindDue();

		this.clock.advance(Duration.ofHours(3));
		int overdue = this.reminders.remindDue();
		int again = this.reminders.remindDue();

		assertThat(overdue).isOne();
		assertThat(again).isZero();
		assertThat(eventNames(uid)).containsExactly("usertasks:created", "usertasks:deadlineapproaching",
				"usertasks:overdue");
		assertThat(systemComments(uid)).last()
			.satisfies((text) -> assertThat(text).startsWith("Overdue: the deadline"));
	}

	@Test
	void aTaskAlreadyOverdueGetsOnlyTheOverdueReminder() {
		String uid = taskDue(SettableClock.START.minus(Duration.ofHours(1)));

		int fired = this.reminders.remindDue();

		assertThat(fired).isOne();
		assertThat(eventNames(uid)).containsExactly("usertasks:created", "usertasks:overdue");
	}

	@Test
	void aNewDeadlineReArmsTheReminders() {
		String uid = taskDue(SettableClock.START.minus(Duration.ofHours(1)));
		this.reminders.remindDue();

		putTask("{\"Uid\": \"" + uid + "\", \"Title\": \"Due\", \"Deadline\": \""
				+ SettableClock.wire(SettableClock.START.minus(Duration.ofMinutes(30))) + "\"}");
		int fired = this.reminders.remindDue();

		assertThat(fired).isOne();
		assertThat(eventNames(uid)).containsExactly("usertasks:created", "usertasks:overdue", "usertasks:updated",
				"usertasks:overdue");
	}

	@Test
	void aCompletedTaskGetsNoReminder() {
		String uid = taskDue(SettableClock.START.minus(Duration.ofHours(1)));
		this.admin.post("/v1/usertasks/" + uid + "/status", "{\"Status\": 4}");

		int fired = this.reminders.remindDue();

		assertThat(fired).isZero();
		assertThat(eventNames(uid)).doesNotContain("usertasks:overdue");
	}

	@Test
	void twoInstancesCheckingAtOnceFireEachReminderOnce() throws Exception {
		List<String> uids = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			uids.add(taskDue(SettableClock.START.minus(Duration.ofHours(1))));
		}
		Callable<Integer> check = this.reminders::remindDue;

		List<Integer> fired = together(List.of(check, check));

		assertThat(fired.get(0) + fired.get(1)).isEqualTo(5);
		for (String uid : uids) {
			assertThat(eventNames(uid)).containsExactly("usertasks:created", "usertasks:overdue");
		}
	}

	private String taskDue(java.time.Instant deadline) {
		String uid = UUID.randomUUID().toString();
		postTask("{\"Uid\": \"" + uid + "\", \"Title\": \"Due\", \"Deadline\": \"" + SettableClock.wire(deadline)
				+ "\"}");
		return uid;
	}

	private List<String> eventNames(String uid) {
		return this.jdbc.sql("select name from event_outbox where task_uid = :uid order by id")
			.param("uid", UUID.fromString(uid))
			.query(String.class)
			.list();
	}

}

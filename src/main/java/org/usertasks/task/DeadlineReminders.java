package org.usertasks.task;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.usertasks.system.DaemonThreads;
import org.usertasks.system.Timestamps;

/**
 * Fires each open task's deadline reminders: "approaching" once the deadline is within
 * the lead time, "overdue" once it has passed; each exactly once per deadline, even with
 * several instances or across restarts, because each is claimed by a guarded update that
 * only one transaction can win. Changing the deadline re-arms both.
 */
@Component
class DeadlineReminders {

	private static final Logger log = LoggerFactory.getLogger(DeadlineReminders.class);

	private static final int BATCH = 200;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final DeadlineReminderProperties properties;

	private final Clock clock;

	private final ScheduledExecutorService checker = Executors
		.newSingleThreadScheduledExecutor(DaemonThreads.named("deadline-reminders"));

	DeadlineReminders(JdbcClient jdbc, TransactionTemplate transactions, ApplicationEventPublisher events,
			DeadlineReminderProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		long interval = this.properties.checkInterval().toMillis();
		this.checker.scheduleWithFixedDelay(() -> {
			try {
				remindDue();
			}
			catch (RuntimeException ex) {
				log.warn("Deadline reminders failed; they will be tried again", ex);
			}
		}, interval, interval, TimeUnit.MILLISECONDS);
	}

	@PreDestroy
	void stop() {
		this.checker.shutdownNow();
	}

	/** Fires the reminders that are due now; answers how many fired. */
	int remindDue() {
		OffsetDateTime now = Timestamps.now(this.clock);
		int fired = 0;
		for (Due due : due("reminded_overdue_for", now)) {
			fired += fire(due, true, now);
		}
		for (Due due : due("reminded_approaching_for", now.plus(this.properties.leadTime()))) {
			fired += fire(due, false, now);
		}
		return fired;
	}

	private List<Due> due(String column, OffsetDateTime reachedBy) {
		return this.jdbc.sql("""
				select uid, deadline from user_task
				where deadline <= :reachedBy and status <> :completed
				  and (%s is null or %s <> deadline)
				order by deadline fetch first :batch rows only""".formatted(column, column))
			.param("reachedBy", reachedBy)
			.param("completed", TaskStatus.Completed.code())
			.param("batch", BATCH)
			.query((rs, row) -> new Due(rs.getObject("uid", UUID.class),
					rs.getObject("deadline", OffsetDateTime.class)))
			.list();
	}

	/**
	 * Claims and fires one reminder in one transaction; 0 when another instance claimed
	 * it first. An "approaching" reminder for a deadline that has already passed is
	 * claimed without firing: the overdue one says more.
	 */
	private int fire(Due due, boolean overdue, OffsetDateTime now) {
		Integer fired = this.transactions.execute((status) -> {
			String column = overdue ? "reminded_overdue_for" : "reminded_approaching_for";
			int claimed = this.jdbc
				.sql("""
						update user_task set %s = deadline, last_modified = :now, version = version + 1
						where uid = :uid and deadline = :deadline and (%s is null or %s <> deadline)"""
					.formatted(column, column, column))
				.param("uid", due.uid())
				.param("deadline", due.deadline())
				.param("now", now)
				.update();
			if (claimed == 0 || (!overdue && !due.deadline().isAfter(now))) {
				return 0;
			}
			this.events.publishEvent(new TaskDeadlineReached(due.uid(), due.deadline(), overdue, now));
			return 1;
		});
		return (fired != null) ? fired : 0;
	}

	private record Due(UUID uid, OffsetDateTime deadline) {
	}

}

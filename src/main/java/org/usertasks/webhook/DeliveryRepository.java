package org.usertasks.webhook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for the delivery queue and log. Several instances may share it: due deliveries are
 * taken with {@code for update skip locked}, so each is taken by one instance, and a
 * lease that runs out (the instance died) makes the delivery due again.
 */
@Repository
class DeliveryRepository {

	private static final String COLUMNS = """
			uid, webhook_uid, event_id, event_name, task_uid, state, attempts, next_attempt_at, created, finished,
			status_code, duration_ms, response_excerpt, error""";

	private final JdbcClient jdbc;

	DeliveryRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void queue(UUID webhookUid, long eventId, String eventName, @Nullable UUID taskUid, OffsetDateTime now) {
		this.jdbc.sql("""
				insert into webhook_delivery (uid, webhook_uid, event_id, event_name, task_uid, state, attempts,
				    next_attempt_at, created)
				values (:uid, :webhookUid, :eventId, :eventName, :taskUid, 'pending', 0, :now, :now)""")
			.param("uid", UUID.randomUUID())
			.param("webhookUid", webhookUid)
			.param("eventId", eventId)
			.param("eventName", eventName)
			.param("taskUid", taskUid)
			.param("now", now)
			.update();
	}

	/**
	 * Locks up to {@code limit} due deliveries that no other instance holds, oldest event
	 * first, skipping any whose task has an earlier delivery to the same webhook still on
	 * its way: deliveries stay in order per task.
	 */
	List<Delivery> lockDue(OffsetDateTime now, int limit) {
		List<UUID> candidates = this.jdbc.sql("""
				select d.uid from webhook_delivery d
				where d.state = 'pending' and d.next_attempt_at <= :now
				  and not exists (select 1 from webhook_delivery e
				      where e.webhook_uid = d.webhook_uid and e.task_uid = d.task_uid and e.event_id < d.event_id
				        and e.state in ('pending', 'sending'))
				order by d.event_id
				fetch first :limit rows only""").param("now", now).param("limit", limit).query(UUID.class).list();
		if (candidates.isEmpty()) {
			return List.of();
		}
		// Locked in a statement of its own, so that only these rows are locked (not those
		// the order check read),
		// and rows another instance holds, or took meanwhile, are skipped.
		return this.jdbc.sql("select " + COLUMNS + """
				 from webhook_delivery
				where uid in (:uids) and state = 'pending'
				order by event_id
				for update skip locked""").param("uids", candidates).query(DeliveryRepository::delivery).list();
	}

	void lease(Collection<UUID> uids, OffsetDateTime until) {
		if (uids.isEmpty()) {
			return;
		}
		this.jdbc.sql("""
				update webhook_delivery set state = 'sending', lease_until = :until, attempts = attempts + 1
				where uid in (:uids)""").param("until", until).param("uids", uids).update();
	}

	/**
	 * Makes deliveries whose lease ran out due again: the instance sending them stopped.
	 */
	int releaseExpiredLeases(OffsetDateTime now) {
		return this.jdbc.sql("""
				update webhook_delivery set state = 'pending', lease_until = null
				where state = 'sending' and lease_until < :now""").param("now", now).update();
	}

	void recordAttempt(UUID uid, String state, OffsetDateTime nextAttemptAt, @Nullable OffsetDateTime finished,
			@Nullable Integer statusCode, long durationMs, @Nullable String responseExcerpt, @Nullable String error) {
		this.jdbc.sql("""
				update webhook_delivery set state = :state, next_attempt_at = :next, finished = :finished,
				    lease_until = null, status_code = :statusCode, duration_ms = :durationMs,
				    response_excerpt = :excerpt, error = :error
				where uid = :uid""")
			.param("uid", uid)
			.param("state", state)
			.param("next", nextAttemptAt)
			.param("finished", finished)
			.param("statusCode", statusCode)
			.param("durationMs", durationMs)
			.param("excerpt", responseExcerpt)
			.param("error", error)
			.update();
	}

	/** The webhook's deliveries, newest first, one page of 100. */
	List<Delivery> log(UUID webhookUid, @Nullable OffsetDateTime since, boolean onlyFailed, int page) {
		String filter = ((since != null) ? " and created >= :since" : "") + (onlyFailed ? " and state = 'failed'" : "");
		JdbcClient.StatementSpec query = this.jdbc
			.sql("select " + COLUMNS + " from webhook_delivery where webhook_uid = :webhookUid" + filter
					+ " order by created desc, uid offset :offset rows fetch first 100 rows only")
			.param("webhookUid", webhookUid)
			.param("offset", (long) (page - 1) * 100);
		if (since != null) {
			query = query.param("since", since);
		}
		return query.query(DeliveryRepository::delivery).list();
	}

	Optional<Delivery> find(UUID webhookUid, UUID uid) {
		return this.jdbc
			.sql("select " + COLUMNS + " from webhook_delivery where webhook_uid = :webhookUid and uid = :uid")
			.param("webhookUid", webhookUid)
			.param("uid", uid)
			.query(DeliveryRepository::delivery)
			.optional();
	}

	/**
	 * Makes a finished delivery due again, keeping its uid; false when it is still on its
	 * way.
	 */
	boolean redeliver(UUID uid, OffsetDateTime now) {
		return this.jdbc.sql("""
				update webhook_delivery set state = 'pending', next_attempt_at = :now, finished = null
				where uid = :uid and state in ('delivered', 'failed')""")
			.param("uid", uid)
			.param("now", now)
			.update() == 1;
	}

	/**
	 * Whether the webhook has failed requests created before the time and no request
	 * delivered since the first of them: it has been failing, and only failing, since
	 * then.
	 */
	boolean failingOnlySince(UUID webhookUid, OffsetDateTime before) {
		return this.jdbc.sql("""
				select count(*) from webhook_delivery f
				where f.webhook_uid = :webhookUid and f.state = 'failed' and f.created < :before
				  and not exists (select 1 from webhook_delivery d
				      where d.webhook_uid = f.webhook_uid and d.state = 'delivered' and d.finished > f.created)""")
			.param("webhookUid", webhookUid)
			.param("before", before)
			.query(Long.class)
			.single() > 0;
	}

	int forgetFinishedBefore(OffsetDateTime before) {
		return this.jdbc.sql("""
				delete from webhook_delivery where created < :before and state in ('delivered', 'failed')""")
			.param("before", before)
			.update();
	}

	// Mapped by column name, not .query(Row.class): Spring's record
	// mapping probes camelCase names first, and the driver throws
	// (H2 even logs) an exception per column and row.
	private static Delivery delivery(ResultSet rs, int row) throws SQLException {
		return new Delivery(rs.getObject("uid", UUID.class), rs.getObject("webhook_uid", UUID.class),
				rs.getLong("event_id"), rs.getString("event_name"), rs.getObject("task_uid", UUID.class),
				rs.getString("state"), rs.getInt("attempts"), rs.getObject("next_attempt_at", OffsetDateTime.class),
				rs.getObject("created", OffsetDateTime.class), rs.getObject("finished", OffsetDateTime.class),
				rs.getObject("status_code", Integer.class), rs.getObject("duration_ms", Long.class),
				rs.getString("response_excerpt"), rs.getString("error"));
	}

}

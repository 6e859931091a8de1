package org.usertasks.event;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * SQL for the outbox: appending in the change's transaction, and reading in order after a
 * position.
 */
@Repository
public class EventOutbox {

	private static final String COLUMNS = "id, event_uid, name, task_uid, actor_id, occurred, payload";

	private final JdbcClient jdbc;

	EventOutbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Appends an event and answers it with its position. */
	OutboxEvent append(UUID eventUid, String name, @Nullable UUID taskUid, String actorId, OffsetDateTime occurred,
			String payload) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into event_outbox (event_uid, name, task_uid, actor_id, occurred, payload)
				values (:eventUid, :name, :taskUid, :actorId, :occurred, :payload)""")
			.param("eventUid", eventUid)
			.param("name", name)
			.param("taskUid", taskUid)
			.param("actorId", actorId)
			.param("occurred", occurred)
			.param("payload", payload)
			.update(key, "id");
		long id = key.getKeyAs(Long.class);
		return new OutboxEvent(id, eventUid, name, taskUid, actorId, occurred, payload);
	}

	/**
	 * Forgets events that happened before the given time, except those a webhook delivery
	 * still refers to.
	 */
	int forgetBefore(OffsetDateTime before) {
		return this.jdbc.sql("""
				delete from event_outbox o
				where o.occurred < :before
				  and not exists (select 1 from webhook_delivery d where d.event_id = o.id)""")
			.param("before", before)
			.update();
	}

	/** The position of the newest event; 0 when there is none. */
	public long lastPosition() {
		return this.jdbc.sql("select coalesce(max(id), 0) from event_outbox").query(Long.class).single();
	}

	/** The event at a position, if it is still kept. */
	public java.util.Optional<OutboxEvent> at(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from event_outbox where id = :id")
			.param("id", id)
			.query(EventOutbox::event)
			.optional();
	}

	/**
	 * Up to {@code limit} events after the position, oldest first; only the given names
	 * when there are any.
	 */
	public List<OutboxEvent> after(long position, Collection<String> names, int limit) {
		String byName = names.isEmpty() ? "" : " and name in (:names)";
		JdbcClient.StatementSpec query = this.jdbc
			.sql("select " + COLUMNS + " from event_outbox where id > :position" + byName
					+ " order by id fetch first :limit rows only")
			.param("position", position)
			.param("limit", limit);
		if (!names.isEmpty()) {
			query = query.param("names", names);
		}
		return query.query(EventOutbox::event).list();
	}

	// Mapped by column name, not .query(Row.class): Spring's record
	// mapping probes camelCase names first, and the driver throws
	// (H2 even logs) an exception per column and row.
	private static OutboxEvent event(ResultSet rs, int row) throws SQLException {
		return new OutboxEvent(rs.getLong("id"), rs.getObject("event_uid", UUID.class), rs.getString("name"),
				rs.getObject("task_uid", UUID.class), rs.getString("actor_id"),
				rs.getObject("occurred", OffsetDateTime.class), rs.getString("payload"));
	}

}

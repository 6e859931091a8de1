package org.usertasks.webhook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for webhook subscriptions and their request headers.
 */
@Repository
class WebhookRepository {

	private static final String COLUMNS = """
			uid, title, url, active, secret, enabled_events, advanced_settings, created, last_modified""";

	private final JdbcClient jdbc;

	WebhookRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean exists(UUID uid) {
		return this.jdbc.sql("select count(*) from webhook where uid = :uid")
			.param("uid", uid)
			.query(Long.class)
			.single() > 0;
	}

	void insert(Webhook webhook) {
		this.jdbc.sql("""
				insert into webhook (uid, title, url, active, secret, enabled_events, advanced_settings, created,
				    last_modified)
				values (:uid, :title, :url, :active, :secret, :enabledEvents, :advancedSettings, :created,
				    :lastModified)""").params(columns(webhook)).update();
		insertHeaders(webhook);
	}

	/** Replaces the subscription; false when there is none with its uid. */
	boolean update(Webhook webhook) {
		int rows = this.jdbc.sql("""
				update webhook set title = :title, url = :url, active = :active, secret = :secret,
				    enabled_events = :enabledEvents, advanced_settings = :advancedSettings,
				    last_modified = :lastModified
				where uid = :uid""").params(columns(webhook)).update();
		if (rows == 0) {
			return false;
		}
		this.jdbc.sql("delete from webhook_header where webhook_uid = :uid").param("uid", webhook.uid()).update();
		insertHeaders(webhook);
		return true;
	}

	boolean delete(UUID uid) {
		return this.jdbc.sql("delete from webhook where uid = :uid").param("uid", uid).update() == 1;
	}

	Optional<Webhook> find(UUID uid) {
		return load("select " + COLUMNS + " from webhook where uid = :uid", Map.of("uid", uid)).stream().findFirst();
	}

	List<Webhook> findAll() {
		return load("select " + COLUMNS + " from webhook order by created, uid", Map.of());
	}

	List<Webhook> findActive() {
		return load("select " + COLUMNS + " from webhook where active = true", Map.of());
	}

	private List<Webhook> load(String sql, Map<String, Object> params) {
		List<Webhook> hooks = this.jdbc.sql(sql).params(params).query(WebhookRepository::webhook).list();
		if (hooks.isEmpty()) {
			return hooks;
		}
		Map<UUID, List<Webhook.Header>> headers = this.jdbc.sql("""
				select webhook_uid, name, header_value from webhook_header where webhook_uid in (:uids)
				order by webhook_uid, ordinal""")
			.param("uids", hooks.stream().map(Webhook::uid).toList())
			.query((rs, row) -> Map.entry(rs.getObject("webhook_uid", UUID.class),
					new Webhook.Header(rs.getString("name"), rs.getString("header_value"))))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		return hooks.stream()
			.map((hook) -> new Webhook(hook.uid(), hook.title(), hook.url(), hook.active(), hook.secret(),
					hook.enabledEvents(), hook.advancedSettings(), headers.getOrDefault(hook.uid(), List.of()),
					hook.created(), hook.lastModified()))
			.toList();
	}

	private void insertHeaders(Webhook webhook) {
		List<Webhook.Header> headers = webhook.requestHeaders();
		for (int i = 0; i < headers.size(); i++) {
			this.jdbc.sql("""
					insert into webhook_header (webhook_uid, ordinal, name, header_value)
					values (:uid, :ordinal, :name, :value)""")
				.param("uid", webhook.uid())
				.param("ordinal", i)
				.param("name", headers.get(i).name())
				.param("value", headers.get(i).value())
				.update();
		}
	}

	private static Map<String, Object> columns(Webhook webhook) {
		Map<String, Object> columns = new java.util.HashMap<>();
		columns.put("uid", webhook.uid());
		columns.put("title", webhook.title());
		columns.put("url", webhook.url());
		columns.put("active", webhook.active());
		columns.put("secret", webhook.secret());
		columns.put("enabledEvents", String.join(",", webhook.enabledEvents()));
		columns.put("advancedSettings", webhook.advancedSettings());
		columns.put("created", webhook.created());
		columns.put("lastModified", webhook.lastModified());
		return columns;
	}

	// Mapped by column name, not .query(Row.class): Spring's record
	// mapping probes camelCase names first, and the driver throws
	// (H2 even logs) an exception per column and row.
	private static Webhook webhook(ResultSet rs, int row) throws SQLException {
		String events = rs.getString("enabled_events");
		return new Webhook(rs.getObject("uid", UUID.class), rs.getString("title"), rs.getString("url"),
				rs.getBoolean("active"), rs.getString("secret"),
				events.isEmpty() ? List.of() : Arrays.asList(events.split(",")), rs.getString("advanced_settings"),
				List.of(), rs.getObject("created", OffsetDateTime.class),
				rs.getObject("last_modified", OffsetDateTime.class));
	}

}

package org.usertasks.inbox;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.usertasks.identity.CurrentUser;
import org.usertasks.task.TaskSearchParams;
import org.usertasks.task.TaskStatus;

/**
 * What the inbox shows, as its query parameters: whose tasks ({@code scope}), which
 * statuses, overdue only, a text, an attached entity, the order, and the page (a cursor).
 *
 * @param scope {@code inbox} (me and my groups, the default), {@code mine} (assigned to
 * me), {@code group:<uid>} (one of my groups) or {@code all}
 */
public record InboxFilter(@Nullable String scope, @Nullable List<String> status, @Nullable String overdue,
		@Nullable String q, @Nullable String entityType, @Nullable String entityId, @Nullable String sort,
		@Nullable String after) {

	static final int PAGE_SIZE = 25;

	static final String DEFAULT_SORT = "deadline";

	/** The {@code status} value for every status, Completed included. */
	static final String ANY_STATUS = "any";

	/** The {@code status} value for the tasks still to do (the default). */
	static final String OPEN_STATUSES = "open";

	private static final List<String> OPEN = Arrays.stream(TaskStatus.values())
		.filter((s) -> s != TaskStatus.Completed)
		.map(TaskStatus::name)
		.toList();

	public String scopeOrDefault() {
		return (this.scope == null || this.scope.isBlank()) ? "inbox" : this.scope;
	}

	public String sortOrDefault() {
		return (this.sort == null || this.sort.isBlank()) ? DEFAULT_SORT : this.sort;
	}

	/**
	 * The statuses asked for by name; none (every status) for {@value #ANY_STATUS}, and
	 * the open ones when nothing was asked, as an inbox shows what is still to do.
	 */
	public List<String> statuses() {
		List<String> given = (this.status != null) ? this.status.stream().filter((s) -> !s.isBlank()).toList()
				: List.of();
		if (given.isEmpty() || given.contains(OPEN_STATUSES)) {
			return OPEN;
		}
		return given.contains(ANY_STATUS) ? List.of() : given;
	}

	/** Whether the status filter is the default: every status but Completed. */
	public boolean openOnly() {
		return statuses().equals(OPEN);
	}

	/** Whether every status is shown. */
	public boolean anyStatus() {
		return statuses().isEmpty();
	}

	public boolean overdueOnly() {
		return "true".equals(this.overdue);
	}

	/** The same filter in the API's terms, which checks every value. */
	TaskSearchParams toParams(CurrentUser me, @Nullable List<String> statusOverride) {
		String scopeValue = scopeOrDefault();
		String inbox = scopeValue.equals("inbox") ? "me" : null;
		List<String> users = scopeValue.equals("mine") ? List.of(me.userId()) : null;
		List<String> groups = scopeValue.startsWith("group:") ? List.of(scopeValue.substring(6)) : null;
		String entity = blankToNull(this.entityId);
		return new TaskSearchParams(inbox, users, groups, null, (statusOverride != null) ? statusOverride : statuses(),
				null, null, overdueOnly() ? "true" : null, null, null, null, null,
				(entity != null) ? blankToNull(this.entityType) : null, (entity != null) ? List.of(entity) : null,
				blankToNull(this.q), sortOrDefault(), null, Integer.toString(PAGE_SIZE), blankToNull(this.after));
	}

	/**
	 * A group scope names a group by its Uid; anything else is one of the fixed words.
	 */
	@Nullable UUID scopeGroup() {
		String scopeValue = scopeOrDefault();
		if (!scopeValue.startsWith("group:")) {
			return null;
		}
		try {
			return UUID.fromString(scopeValue.substring(6));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** This inbox with other statuses (and from the first page), for the count links. */
	String withStatus(@Nullable String statusName) {
		return link(List.of((statusName != null) ? statusName : ANY_STATUS), null);
	}

	/** This inbox from the page after a cursor. */
	String after(String cursor) {
		return link(statuses(), cursor);
	}

	/** This inbox from its first page. */
	String firstPage() {
		return link(statuses(), null);
	}

	private String link(List<String> statuses, @Nullable String cursor) {
		List<String> query = new ArrayList<>();
		if (!scopeOrDefault().equals("inbox")) {
			add(query, "scope", scopeOrDefault());
		}
		if (!statuses.equals(OPEN)) {
			(statuses.isEmpty() ? List.of(ANY_STATUS) : statuses).forEach((s) -> add(query, "status", s));
		}
		if (overdueOnly()) {
			add(query, "overdue", "true");
		}
		add(query, "q", this.q);
		if (blankToNull(this.entityId) != null) {
			add(query, "entityType", this.entityType);
			add(query, "entityId", this.entityId);
		}
		if (!sortOrDefault().equals(DEFAULT_SORT)) {
			add(query, "sort", sortOrDefault());
		}
		add(query, "after", cursor);
		return query.isEmpty() ? "/" : "/?" + String.join("&", query);
	}

	private static void add(List<String> query, String name, @Nullable String value) {
		if (blankToNull(value) != null) {
			query.add(name + "=" + URLEncoder.encode(value.trim(), StandardCharsets.UTF_8));
		}
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}

package org.usertasks.task;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.StringJoiner;

import org.jspecify.annotations.Nullable;

/**
 * The RFC 8288 {@code Link} header that points at the next page of a list: the same
 * filter and sort as query parameters of {@code GET /v1/usertasks}, with the cursor in
 * {@code after}. Page-based requests and {@code POST /v1/usertasks/search} get the same
 * cursor link, so any client can continue with plain GETs.
 */
final class NextPageLink {

	private NextPageLink() {
	}

	/**
	 * @param listUrl the absolute URL of {@code GET /v1/usertasks}
	 */
	static String header(String listUrl, TaskSearchQuery query, TaskCursor next) {
		return "<" + listUrl + "?" + queryString(query, next) + ">; rel=\"next\"";
	}

	static String queryString(TaskSearchQuery query, TaskCursor next) {
		TaskFilter filter = query.filter();
		Params params = new Params();
		params.add("inbox", filter.inbox() ? "me" : null);
		filter.assignedUsers().forEach((user) -> params.add("assignedUser", user));
		filter.assignedUserGroups().forEach((group) -> params.add("assignedUserGroup", group));
		filter.createdBy().forEach((user) -> params.add("createdBy", user));
		filter.statuses().forEach((status) -> params.add("status", status.code()));
		params.add("deadlineBefore", filter.deadlineBefore());
		params.add("deadlineAfter", filter.deadlineAfter());
		params.add("overdue", filter.overdue());
		params.add("hasDeadline", filter.hasDeadline());
		params.add("createdAfter", filter.createdAfter());
		params.add("createdBefore", filter.createdBefore());
		params.add("modifiedSince", filter.modifiedSince());
		params.add("entityType", filter.entityType());
		filter.entityIds().forEach((id) -> params.add("entityId", id));
		params.add("q", filter.text());
		params.add("sort", query.sort().wireValue());
		params.add("pageSize", query.pageSize());
		params.add("after", next.encode());
		return params.toString();
	}

	private static final class Params {

		private final StringJoiner joined = new StringJoiner("&");

		void add(String name, @Nullable Object value) {
			if (value != null) {
				// Instants in UTC: an offset's '+' would need escaping, and the instant
				// is
				// all a filter compares.
				String text = (value instanceof OffsetDateTime time) ? time.toInstant().toString() : value.toString();
				// Form encoding, as servlet containers decode query strings: '+' is %2B.
				this.joined.add(name + "=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
			}
		}

		@Override
		public String toString() {
			return this.joined.toString();
		}

	}

}

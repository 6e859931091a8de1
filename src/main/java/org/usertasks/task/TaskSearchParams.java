package org.usertasks.task;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import com.fasterxml.jackson.annotation.JsonFormat;

import org.usertasks.system.CodedEnum;
import org.usertasks.system.FieldProblem;
import org.usertasks.system.InvalidRequestException;
import org.usertasks.system.WireNames;

/**
 * The filter, sort and paging of a task list as a client sends it: query parameters on
 * {@code GET /v1/usertasks} (names as below), or the same names in PascalCase as the JSON
 * body of {@code POST /v1/usertasks/search}. Everything arrives as text and is checked
 * here, so both forms accept the same values and reject them with the same messages.
 */
public record TaskSearchParams(@Nullable String inbox,
		@JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) @Nullable List<String> assignedUser,
		@JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) @Nullable List<String> assignedUserGroup,
		@JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) @Nullable List<String> createdBy,
		@JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) @Nullable List<String> status,
		@Nullable String deadlineBefore, @Nullable String deadlineAfter, @Nullable String overdue,
		@Nullable String hasDeadline, @Nullable String createdAfter, @Nullable String createdBefore,
		@Nullable String modifiedSince, @Nullable String entityType,
		@JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) @Nullable List<String> entityId,
		@Nullable String q, @Nullable String sort, @Nullable String page, @Nullable String pageSize,
		@Nullable String after) {

	/** The longest text {@code q} may search for: the longest title. */
	static final int MAX_TEXT = 1000;

	/** Query parameters are named as declared here. */
	static final Function<String, String> QUERY_NAMES = Function.identity();

	/** JSON properties are named in PascalCase, like the rest of the API. */
	static final Function<String, String> BODY_NAMES = WireNames::of;

	/**
	 * The request these parameters describe.
	 * @param names how the client named each parameter, for error messages
	 * @throws InvalidRequestException naming every parameter that is wrong
	 */
	TaskSearchQuery toQuery(Function<String, String> names) {
		Reader in = new Reader(names);
		String entityTypeName = names.apply("entityType");
		Integer entityTypeValue = in.one("entityType", this.entityType, TaskSearchParams::entityType,
				"a non-negative integer or Product, Variant, Category, Asset");
		List<String> entityIds = in.texts("entityId", this.entityId);
		if (!entityIds.isEmpty() && (this.entityType == null || this.entityType.isBlank())) {
			in.problem("entityId", "needs " + entityTypeName + " too: which kind of entity is " + entityIds.get(0));
		}
		TaskFilter filter = new TaskFilter(in.inbox(this.inbox), in.texts("assignedUser", this.assignedUser),
				in.all("assignedUserGroup", this.assignedUserGroup, UUID::fromString, "a group Uid (UUID)"),
				in.texts("createdBy", this.createdBy),
				in.all("status", this.status, TaskSearchParams::status,
						"one of " + CodedEnum.describe(TaskStatus.class)),
				in.time("deadlineBefore", this.deadlineBefore), in.time("deadlineAfter", this.deadlineAfter),
				in.bool("overdue", this.overdue), in.bool("hasDeadline", this.hasDeadline),
				in.time("createdAfter", this.createdAfter), in.time("createdBefore", this.createdBefore),
				in.time("modifiedSince", this.modifiedSince), entityTypeValue, entityIds, in.text(this.q));
		TaskSort sortValue = in.one("sort", this.sort, TaskSort::parse,
				"one of " + TaskSort.describeKeys() + ", with a leading '-' for descending");
		Integer pageSizeValue = in.number("pageSize", this.pageSize, 1, TaskSearchQuery.MAX_PAGE_SIZE);
		Integer pageValue = in.number("page", this.page, 1, Integer.MAX_VALUE);
		TaskSort order = (sortValue != null) ? sortValue : TaskSort.DEFAULT;
		TaskCursor cursor = in.cursor(this.after, order, pageValue != null);
		in.check();
		return new TaskSearchQuery(filter, order, (pageSizeValue != null) ? pageSizeValue : TaskService.PAGE_SIZE,
				(cursor != null) ? 0 : ((pageValue != null) ? pageValue : 1), cursor);
	}

	private static @Nullable TaskStatus status(String text) {
		for (TaskStatus status : TaskStatus.values()) {
			if (status.name().equalsIgnoreCase(text) || String.valueOf(status.code()).equals(text)) {
				return status;
			}
		}
		return null;
	}

	private static @Nullable Integer entityType(String text) {
		for (int i = 0; i < EntityTypeDeserializer.NAMES.length; i++) {
			if (EntityTypeDeserializer.NAMES[i].equalsIgnoreCase(text)) {
				return i;
			}
		}
		return text.matches("\\d{1,10}") && Long.parseLong(text) <= Integer.MAX_VALUE ? Integer.valueOf(text) : null;
	}

	/** Reads the parameters one by one and collects what is wrong with them. */
	private static final class Reader {

		private final Function<String, String> names;

		private final List<FieldProblem> problems = new ArrayList<>();

		Reader(Function<String, String> names) {
			this.names = names;
		}

		void problem(String name, String message) {
			this.problems.add(new FieldProblem(this.names.apply(name), message));
		}

		void check() {
			if (!this.problems.isEmpty()) {
				throw new InvalidRequestException(this.problems);
			}
		}

		boolean inbox(@Nullable String text) {
			if (text == null || text.isBlank()) {
				return false;
			}
			if (!text.trim().equalsIgnoreCase("me")) {
				problem("inbox",
						"must be 'me' (the caller's tasks and those of the caller's groups), not '" + text + "'");
			}
			return true;
		}

		/** Each value, trimmed, without blanks. */
		List<String> texts(String name, @Nullable List<String> values) {
			return all(name, values, Function.identity(), "text");
		}

		<T> List<T> all(String name, @Nullable List<String> values, Function<String, @Nullable T> parse,
				String expected) {
			List<T> result = new ArrayList<>();
			if (values == null) {
				return result;
			}
			for (String value : values) {
				if (value == null || value.isBlank()) {
					continue;
				}
				T parsed = parseOrNull(value.trim(), parse);
				if (parsed == null) {
					problem(name, "must be " + expected + ", not '" + value + "'");
				}
				else if (!result.contains(parsed)) {
					result.add(parsed);
				}
			}
			return result;
		}

		<T> @Nullable T one(String name, @Nullable String value, Function<String, @Nullable T> parse, String expected) {
			List<T> all = all(name, (value != null) ? List.of(value) : null, parse, expected);
			return all.isEmpty() ? null : all.get(0);
		}

		@Nullable Integer number(String name, @Nullable String value, int min, int max) {
			Integer number = one(name, value, Integer::valueOf, "an integer");
			if (number != null && (number < min || number > max)) {
				problem(name, (max == Integer.MAX_VALUE) ? "must be " + min + " or more, not " + number
						: "must be between " + min + " and " + max + ", not " + number);
			}
			return number;
		}

		@Nullable Boolean bool(String name, @Nullable String value) {
			return one(name, value, (text) -> switch (text.toLowerCase(Locale.ROOT)) {
				case "true" -> Boolean.TRUE;
				case "false" -> Boolean.FALSE;
				default -> null;
			}, "true or false");
		}

		@Nullable OffsetDateTime time(String name, @Nullable String value) {
			OffsetDateTime time = one(name, value, Reader::timestamp,
					"an ISO-8601 date-time with an offset, such as 2023-01-14T00:00:00Z, or a date such as 2023-01-14");
			if (time != null && (time.getYear() < 1 || time.getYear() > 9999)) {
				problem(name, "must be in the years 0001 to 9999, not in the year " + time.getYear());
				return null;
			}
			return time;
		}

		@Nullable String text(@Nullable String value) {
			if (value == null || value.isEmpty()) {
				return null;
			}
			if (value.length() > MAX_TEXT) {
				problem("q", "must be at most " + MAX_TEXT + " characters, not " + value.length());
			}
			return value;
		}

		@Nullable TaskCursor cursor(@Nullable String value, TaskSort sort, boolean withPage) {
			if (value == null || value.isBlank()) {
				return null;
			}
			if (withPage) {
				problem("after", "cannot be combined with " + this.names.apply("page") + ": a cursor says where the "
						+ "page starts");
			}
			try {
				TaskCursor cursor = TaskCursor.decode(value);
				if (!cursor.sort().equals(sort)) {
					problem("after", "belongs to " + this.names.apply("sort") + "=" + cursor.sort().wireValue()
							+ ", not " + sort.wireValue());
				}
				return cursor;
			}
			catch (IllegalArgumentException ex) {
				problem("after", String.valueOf(ex.getMessage()));
				return null;
			}
		}

		/**
		 * An ISO date-time with offset, leniently with a space for the {@code +} that an
		 * unencoded query string turns into one, or a date (midnight UTC).
		 */
		private static @Nullable OffsetDateTime timestamp(String text) {
			try {
				if (text.length() == 10) {
					return LocalDate.parse(text).atStartOfDay().atOffset(ZoneOffset.UTC);
				}
				return OffsetDateTime.parse(text.replace(' ', '+'));
			}
			catch (DateTimeParseException ex) {
				return null;
			}
		}

		private static <T> @Nullable T parseOrNull(String text, Function<String, @Nullable T> parse) {
			try {
				return parse.apply(text);
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}

	}

}

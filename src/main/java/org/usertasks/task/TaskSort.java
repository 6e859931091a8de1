package org.usertasks.task;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * The order of a task list: one key, ascending or descending, ties always broken by Uid
 * in the same direction, so that every order is total and pages never overlap. A task
 * without a deadline (or title) counts as later than any other: last when ascending,
 * first when descending.
 *
 * @param key what to sort by
 * @param descending whether the largest value comes first
 */
record TaskSort(Key key, boolean descending) {

	/** Struct's order: Created ascending, ties by Uid. */
	static final TaskSort DEFAULT = new TaskSort(Key.CREATED, false);

	/**
	 * The sort a client asked for: a key name, case-insensitive, with a leading {@code -}
	 * for descending; null for a value that names no key.
	 */
	static @Nullable TaskSort parse(String text) {
		boolean descending = text.startsWith("-");
		String name = descending ? text.substring(1) : text;
		return Arrays.stream(Key.values())
			.filter((key) -> key.wireName.equalsIgnoreCase(name.trim()))
			.findFirst()
			.map((key) -> new TaskSort(key, descending))
			.orElse(null);
	}

	static String describeKeys() {
		return Arrays.stream(Key.values()).map((key) -> key.wireName).collect(Collectors.joining(", "));
	}

	/** As a client writes it: {@code created}, {@code -deadline}. */
	String wireValue() {
		return (this.descending ? "-" : "") + this.key.wireName;
	}

	/** The SQL {@code order by} list, for a task table aliased {@code t}. */
	String orderBy() {
		String direction = this.descending ? " desc" : " asc";
		String nulls = !this.key.nullable ? "" : (this.descending ? " nulls first" : " nulls last");
		return "t." + this.key.column + direction + nulls + ", t.uid" + direction;
	}

	/**
	 * The column to sort by; its value on the last task of a page goes into the cursor.
	 */
	enum Key {

		CREATED("created", "created", OffsetDateTime.class, false),

		DEADLINE("deadline", "deadline", OffsetDateTime.class, true),

		LAST_MODIFIED("lastModified", "last_modified", OffsetDateTime.class, false),

		STATUS("status", "status", Integer.class, false),

		TITLE("title", "title", String.class, true);

		private final String wireName;

		private final String column;

		private final Class<?> type;

		private final boolean nullable;

		Key(String wireName, String column, Class<?> type, boolean nullable) {
			this.wireName = wireName;
			this.column = column;
			this.type = type;
			this.nullable = nullable;
		}

		String column() {
			return this.column;
		}

		Class<?> type() {
			return this.type;
		}

		boolean nullable() {
			return this.nullable;
		}

	}

}

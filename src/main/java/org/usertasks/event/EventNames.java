package org.usertasks.event;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * The names of the events, and reading an {@code events=} parameter: names
 * comma-separated, repeated, or both.
 */
public final class EventNames {

	/** Every event a task or its comments can raise, for choosing among them. */
	public static final List<String> TASK_EVENTS = List.of(TaskEventRecorder.CREATED, TaskEventRecorder.UPDATED,
			TaskEventRecorder.DELETED, TaskEventRecorder.STATUS_CHANGED, TaskEventRecorder.ASSIGNED,
			TaskEventRecorder.COMMENTED, TaskEventRecorder.COMMENT_UPDATED, TaskEventRecorder.COMMENT_DELETED,
			TaskEventRecorder.DEADLINE_APPROACHING, TaskEventRecorder.OVERDUE);

	/** The pattern that subscribes to all of them, including any added later. */
	public static final String ALL = "usertasks:*";

	private EventNames() {
	}

	/** The names asked for; empty when none were, which means all. */
	static Set<String> parse(@Nullable List<String> values) {
		if (values == null) {
			return Set.of();
		}
		return values.stream()
			.flatMap((value) -> Arrays.stream(value.split(",")))
			.map(String::trim)
			.filter((name) -> !name.isEmpty())
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

}

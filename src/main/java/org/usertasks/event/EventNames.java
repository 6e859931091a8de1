package org.usertasks.event;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Reads an {@code events=} parameter: names comma-separated, repeated, or both.
 */
final class EventNames {

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

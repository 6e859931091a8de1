package org.usertasks.task;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.usertasks.system.JsonFormats;

/**
 * What changed between two states of a task, field by field, in words people read.
 */
final class TaskChanges {

	private static final String[] ENTITY_TYPE_NAMES = EntityTypeDeserializer.NAMES;

	private TaskChanges() {
	}

	static List<TaskChange> between(Task before, Task after) {
		List<TaskChange> changes = new ArrayList<>();
		if (!Objects.equals(before.title(), after.title())) {
			changes.add(new TaskChange("Title", before.title(), after.title(),
					"Title changed from " + quoted(before.title()) + " to " + quoted(after.title())));
		}
		if (!Objects.equals(before.description(), after.description())) {
			changes
				.add(new TaskChange("Description", before.description(), after.description(), "Description changed"));
		}
		if (!Objects.equals(before.deadline(), after.deadline())) {
			changes.add(deadlineChange(before.deadline(), after.deadline()));
		}
		if (before.status() != after.status()) {
			changes.add(new TaskChange("Status", before.status().name(), after.status().name(),
					"Status changed from " + before.status() + " to " + after.status()));
		}
		listChange("AssignedUsers", "Assigned users", before.assignedUsers(), after.assignedUsers(),
				Function.identity(), changes);
		listChange("AssignedUserGroups", "Assigned groups", before.assignedUserGroups(), after.assignedUserGroups(),
				Object::toString, changes);
		entityChanges(before.attachedEntities(), after.attachedEntities(), changes);
		String holderBefore = (before.claim() != null) ? before.claim().holder() : null;
		String holderAfter = (after.claim() != null) ? after.claim().holder() : null;
		if (!Objects.equals(holderBefore, holderAfter)) {
			changes.add(new TaskChange("ClaimedBy", holderBefore, holderAfter, (holderAfter != null)
					? "Claimed by user " + holderAfter : "Claim of user " + holderBefore + " released"));
		}
		return changes;
	}

	private static TaskChange deadlineChange(@Nullable OffsetDateTime before, @Nullable OffsetDateTime after) {
		String from = (before != null) ? JsonFormats.timestamp(before) : null;
		String to = (after != null) ? JsonFormats.timestamp(after) : null;
		String text = (before == null) ? "Deadline set to " + to : (after == null)
				? "Deadline removed (was " + from + ")" : "Deadline changed from " + from + " to " + to;
		return new TaskChange("Deadline", from, to, text);
	}

	private static <T> void listChange(String field, String label, List<T> before, List<T> after,
			Function<T, String> text, List<TaskChange> changes) {
		List<T> added = after.stream().filter((value) -> !before.contains(value)).toList();
		List<T> removed = before.stream().filter((value) -> !after.contains(value)).toList();
		if (added.isEmpty() && removed.isEmpty()) {
			return;
		}
		StringBuilder description = new StringBuilder(label).append(':');
		if (!added.isEmpty()) {
			description.append(" added ").append(join(added, text));
		}
		if (!removed.isEmpty()) {
			description.append(added.isEmpty() ? "" : ";").append(" removed ").append(join(removed, text));
		}
		changes.add(new TaskChange(field, join(before, text), join(after, text), description.toString()));
	}

	private static void entityChanges(List<AttachedEntity> before, List<AttachedEntity> after,
			List<TaskChange> changes) {
		Map<String, AttachedEntity> old = byName(before);
		Map<String, AttachedEntity> current = byName(after);
		listChange("AttachedEntities", "Attached entities", List.copyOf(old.keySet()), List.copyOf(current.keySet()),
				Function.identity(), changes);
		current.forEach((name, entity) -> {
			AttachedEntity previous = old.get(name);
			if (previous != null && previous.status() != entity.status()) {
				changes.add(new TaskChange("AttachedEntities[" + name + "].Status", previous.status().name(),
						entity.status().name(), name + " marked " + entity.status()));
			}
		});
	}

	private static Map<String, AttachedEntity> byName(List<AttachedEntity> entities) {
		Map<String, AttachedEntity> byName = new LinkedHashMap<>();
		entities.forEach((entity) -> byName.put(name(entity), entity));
		return byName;
	}

	/** "Product 1022", or "EntityType 17 1022" for a type without a name. */
	static String name(AttachedEntity entity) {
		int type = entity.entityType();
		String typeName = (type < ENTITY_TYPE_NAMES.length) ? ENTITY_TYPE_NAMES[type] : "EntityType " + type;
		return typeName + " " + entity.entityId();
	}

	private static <T> String join(List<T> values, Function<T, String> text) {
		return String.join(", ", values.stream().map(text).toList());
	}

	private static String quoted(@Nullable String value) {
		return (value != null) ? "\u201c" + value + "\u201d" : "nothing";
	}

}

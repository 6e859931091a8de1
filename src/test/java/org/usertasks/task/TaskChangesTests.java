package org.usertasks.task;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the activity trail records for each kind of change: the field as the API names it,
 * old and new value as text, and a sentence people read.
 */
class TaskChangesTests {

	private static final OffsetDateTime AT = OffsetDateTime.parse("2024-03-01T08:00:00Z");

	private static final UUID GROUP = UUID.fromString("6f1c2a9e-1111-4222-8333-944455556666");

	private static final UUID OTHER_GROUP = UUID.fromString("0d3b5f2e-2222-4333-8444-a55566667777");

	private final Task task = new Task(UUID.randomUUID(), AT, "admin", null, "Translate", "All of it", TaskStatus.New,
			List.of("5"), List.of(GROUP), List.of(new AttachedEntity(0, "1022", AttachedEntityStatus.Pending)), AT, 1);

	@Test
	void noChangeRecordsNothing() {
		List<TaskChange> changes = TaskChanges.between(this.task, this.task);

		assertThat(changes).isEmpty();
	}

	@Test
	void recordsAStatusChange() {
		List<TaskChange> changes = TaskChanges.between(this.task, this.task.withStatus(TaskStatus.InProgress));

		assertThat(changes)
			.containsExactly(new TaskChange("Status", "New", "InProgress", "Status changed from New to InProgress"));
	}

	@Test
	void recordsATitleChangeQuotingBothTitles() {
		Task renamed = with(this.task, "Translate to Danish", this.task.description(), this.task.deadline());

		List<TaskChange> changes = TaskChanges.between(this.task, renamed);

		assertThat(changes).containsExactly(new TaskChange("Title", "Translate", "Translate to Danish",
				"Title changed from \u201cTranslate\u201d to \u201cTranslate to Danish\u201d"));
	}

	@Test
	void recordsARemovedTitleAsNothing() {
		List<TaskChange> changes = TaskChanges.between(this.task, with(this.task, null, this.task.description(), null));

		assertThat(changes).containsExactly(
				new TaskChange("Title", "Translate", null, "Title changed from \u201cTranslate\u201d to nothing"));
	}

	@Test
	void recordsADescriptionChangeWithoutRepeatingTheText() {
		List<TaskChange> changes = TaskChanges.between(this.task,
				with(this.task, "Translate", "Only the titles", null));

		assertThat(changes)
			.containsExactly(new TaskChange("Description", "All of it", "Only the titles", "Description changed"));
	}

	@Test
	void recordsADeadlineSetChangedAndRemovedInTheWireFormat() {
		Task withDeadline = with(this.task, "Translate", "All of it",
				OffsetDateTime.parse("2023-01-14T00:00:00+02:00"));
		Task moved = with(this.task, "Translate", "All of it", OffsetDateTime.parse("2023-01-15T12:30:00.5+02:00"));

		List<TaskChange> set = TaskChanges.between(this.task, withDeadline);
		List<TaskChange> changed = TaskChanges.between(withDeadline, moved);
		List<TaskChange> removed = TaskChanges.between(moved, this.task);

		assertThat(set).containsExactly(new TaskChange("Deadline", null, "2023-01-14T00:00:00.0000000+02:00",
				"Deadline set to 2023-01-14T00:00:00.0000000+02:00"));
		assertThat(changed).containsExactly(new TaskChange("Deadline", "2023-01-14T00:00:00.0000000+02:00",
				"2023-01-15T12:30:00.5000000+02:00",
				"Deadline changed from 2023-01-14T00:00:00.0000000+02:00 to 2023-01-15T12:30:00.5000000+02:00"));
		assertThat(removed).containsExactly(new TaskChange("Deadline", "2023-01-15T12:30:00.5000000+02:00", null,
				"Deadline removed (was 2023-01-15T12:30:00.5000000+02:00)"));
	}

	@Test
	void recordsAssignedUsersAddedAndRemoved() {
		Task reassigned = withAssignees(this.task, List.of("10", "12"), this.task.assignedUserGroups());

		List<TaskChange> changes = TaskChanges.between(this.task, reassigned);

		assertThat(changes)
			.containsExactly(new TaskChange("AssignedUsers", "5", "10, 12", "Assigned users: added 10, 12; removed 5"));
	}

	@Test
	void recordsAssignedGroupsAddedOrRemoved() {
		Task added = withAssignees(this.task, this.task.assignedUsers(), List.of(GROUP, OTHER_GROUP));

		List<TaskChange> adding = TaskChanges.between(this.task, added);
		List<TaskChange> removing = TaskChanges.between(added, this.task);

		assertThat(adding).containsExactly(new TaskChange("AssignedUserGroups", GROUP.toString(),
				GROUP + ", " + OTHER_GROUP, "Assigned groups: added " + OTHER_GROUP));
		assertThat(removing).containsExactly(new TaskChange("AssignedUserGroups", GROUP + ", " + OTHER_GROUP,
				GROUP.toString(), "Assigned groups: removed " + OTHER_GROUP));
	}

	@Test
	void recordsNoAssigneeChangeWhenOnlyTheOrderChanged() {
		Task two = withAssignees(this.task, List.of("5", "10"), List.of());
		Task swapped = withAssignees(this.task, List.of("10", "5"), List.of());

		List<TaskChange> changes = TaskChanges.between(two, swapped);

		assertThat(changes).isEmpty();
	}

	@Test
	void recordsAttachedEntitiesByTypeNameAndId() {
		Task other = withEntities(this.task, new AttachedEntity(2, "77", AttachedEntityStatus.Pending),
				new AttachedEntity(17, "abc", AttachedEntityStatus.Pending));

		List<TaskChange> changes = TaskChanges.between(this.task, other);

		assertThat(changes)
			.containsExactly(new TaskChange("AttachedEntities", "Product 1022", "Category 77, EntityType 17 abc",
					"Attached entities: added Category 77, EntityType 17 abc; removed Product 1022"));
	}

	@Test
	void recordsAnEntityMarkedDone() {
		Task marked = this.task.withEntityStatus(0, "1022", AttachedEntityStatus.Done);

		List<TaskChange> changes = TaskChanges.between(this.task, marked);

		assertThat(changes).containsExactly(
				new TaskChange("AttachedEntities[Product 1022].Status", "Pending", "Done", "Product 1022 marked Done"));
	}

	@Test
	void recordsAClaimAndItsReleaseAfterTheFieldsTheyChanged() {
		Task claimed = this.task.claimedBy("10");

		List<TaskChange> claiming = TaskChanges.between(this.task, claimed);
		List<TaskChange> releasing = TaskChanges.between(claimed, claimed.unclaimed());

		assertThat(claiming).containsExactly(
				new TaskChange("Status", "New", "InProgress", "Status changed from New to InProgress"),
				new TaskChange("AssignedUsers", "5", "10", "Assigned users: added 10; removed 5"),
				new TaskChange("ClaimedBy", null, "10", "Claimed by user 10"));
		assertThat(releasing).containsExactly(
				new TaskChange("Status", "InProgress", "New", "Status changed from InProgress to New"),
				new TaskChange("AssignedUsers", "10", "", "Assigned users: removed 10"),
				new TaskChange("ClaimedBy", "10", null, "Claim of user 10 released"));
	}

	@Test
	void recordsSeveralChangesInTheOrderOfTheFields() {
		Task changed = withAssignees(with(this.task, "New title", "New text", AT), List.of("10"), List.of())
			.withStatus(TaskStatus.AwaitingFeedback);

		List<TaskChange> changes = TaskChanges.between(this.task, changed);

		assertThat(changes).extracting(TaskChange::field)
			.containsExactly("Title", "Description", "Deadline", "Status", "AssignedUsers", "AssignedUserGroups");
	}

	private static Task with(Task task, String title, String description, OffsetDateTime deadline) {
		return new Task(task.uid(), task.created(), task.createdBy(), deadline, title, description, task.status(),
				task.assignedUsers(), task.assignedUserGroups(), task.attachedEntities(), task.lastModified(),
				task.version(), task.claim());
	}

	private static Task withAssignees(Task task, List<String> users, List<UUID> groups) {
		return new Task(task.uid(), task.created(), task.createdBy(), task.deadline(), task.title(), task.description(),
				task.status(), users, groups, task.attachedEntities(), task.lastModified(), task.version(),
				task.claim());
	}

	private static Task withEntities(Task task, AttachedEntity... entities) {
		return new Task(task.uid(), task.created(), task.createdBy(), task.deadline(), task.title(), task.description(),
				task.status(), task.assignedUsers(), task.assignedUserGroups(), List.of(entities), task.lastModified(),
				task.version(), task.claim());
	}

}

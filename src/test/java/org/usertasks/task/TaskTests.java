package org.usertasks.task;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The state rules on {@link Task}: status moves, claims and attached-entity progress.
 */
class TaskTests {

	private static final UUID GROUP = UUID.fromString("6f1c2a9e-1111-4222-8333-944455556666");

	private static final UUID OTHER_GROUP = UUID.fromString("0d3b5f2e-2222-4333-8444-a55566667777");

	// --- withStatus

	@ParameterizedTest
	@EnumSource(TaskStatus.class)
	void anOpenTaskMovesToAnyStatus(TaskStatus next) {
		for (TaskStatus from : List.of(TaskStatus.New, TaskStatus.ReOpened, TaskStatus.InProgress,
				TaskStatus.AwaitingFeedback)) {
			Task task = task(from, List.of("5"), List.of());

			Task moved = task.withStatus(next);

			assertThat(moved.status()).as("%s to %s", from, next).isEqualTo(next);
		}
	}

	@ParameterizedTest
	@EnumSource(value = TaskStatus.class, names = { "New", "InProgress", "AwaitingFeedback" })
	void aCompletedTaskCannotMoveToAnythingButReOpened(TaskStatus next) {
		Task task = task(TaskStatus.Completed, List.of("5"), List.of());

		assertThatExceptionOfType(StatusTransitionException.class).isThrownBy(() -> task.withStatus(next))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo("status-transition"))
			.withMessageContaining("Completed")
			.withMessageContaining(next.name());
	}

	@Test
	void aCompletedTaskReOpens() {
		Task task = task(TaskStatus.Completed, List.of("5"), List.of());

		Task reopened = task.withStatus(TaskStatus.ReOpened);

		assertThat(reopened.status()).isEqualTo(TaskStatus.ReOpened);
	}

	@Test
	void completingACompletedTaskAgainChangesNothing() {
		Task task = task(TaskStatus.Completed, List.of("5"), List.of());

		Task same = task.withStatus(TaskStatus.Completed);

		assertThat(same).isEqualTo(task);
	}

	@Test
	void aStatusChangeKeepsEverythingElse() {
		Task task = claimed(task(TaskStatus.New, List.of("5"), List.of(GROUP)), "5");

		Task moved = task.withStatus(TaskStatus.AwaitingFeedback);

		assertThat(moved).usingRecursiveComparison().ignoringFields("status").isEqualTo(task);
	}

	// --- claimedBy

	@ParameterizedTest
	@EnumSource(value = TaskStatus.class, names = { "New", "ReOpened" })
	void claimingANewOrReOpenedTaskStartsIt(TaskStatus status) {
		Task task = task(status, List.of("5", "10"), List.of(GROUP));

		Task claimed = task.claimedBy("10");

		assertThat(claimed.status()).isEqualTo(TaskStatus.InProgress);
		assertThat(claimed.claim()).isEqualTo(new Task.Claim("10", status));
	}

	@ParameterizedTest
	@EnumSource(value = TaskStatus.class, names = { "InProgress", "AwaitingFeedback", "Completed" })
	void claimingATaskInAnyOtherStatusKeepsTheStatus(TaskStatus status) {
		Task task = task(status, List.of("5"), List.of());

		Task claimed = task.claimedBy("5");

		assertThat(claimed.status()).isEqualTo(status);
		assertThat(claimed.claim()).isEqualTo(new Task.Claim("5", status));
	}

	@Test
	void claimMakesTheHolderTheOnlyAssignedUserAndKeepsTheGroups() {
		Task task = task(TaskStatus.New, List.of("5", "10"), List.of(GROUP, OTHER_GROUP));

		Task claimed = task.claimedBy("12");

		assertThat(claimed.assignedUsers()).containsExactly("12");
		assertThat(claimed.assignedUserGroups()).containsExactly(GROUP, OTHER_GROUP);
	}

	@Test
	void claimingAgainByTheHolderChangesNothing() {
		Task claimed = claimed(task(TaskStatus.New, List.of("5"), List.of()), "5");

		Task again = claimed.claimedBy("5");

		assertThat(again).isSameAs(claimed);
	}

	@Test
	void claimingATaskSomeoneElseHoldsNamesTheHolder() {
		Task claimed = claimed(task(TaskStatus.New, List.of(), List.of(GROUP)), "5");

		assertThatExceptionOfType(TaskClaimedException.class).isThrownBy(() -> claimed.claimedBy("10"))
			.satisfies((ex) -> {
				assertThat(ex.reason()).isEqualTo("claimed");
				assertThat(ex.properties()).containsEntry("holder", "5");
			});
	}

	// --- unclaimed

	@ParameterizedTest
	@EnumSource(value = TaskStatus.class, names = { "New", "ReOpened" })
	void unclaimingRestoresTheStatusTheClaimChanged(TaskStatus status) {
		Task claimed = claimed(task(status, List.of(), List.of(GROUP)), "5");

		Task released = claimed.unclaimed();

		assertThat(released.status()).isEqualTo(status);
		assertThat(released.claim()).isNull();
	}

	@Test
	void unclaimingRemovesTheHolderFromTheAssignedUsersAndKeepsTheGroups() {
		Task claimed = claimed(task(TaskStatus.New, List.of("5"), List.of(GROUP)), "5");

		Task released = claimed.unclaimed();

		assertThat(released.assignedUsers()).isEmpty();
		assertThat(released.assignedUserGroups()).containsExactly(GROUP);
	}

	@Test
	void unclaimingKeepsAStatusSetAfterTheClaim() {
		Task claimed = claimed(task(TaskStatus.New, List.of("5"), List.of()), "5");

		Task released = claimed.withStatus(TaskStatus.AwaitingFeedback).unclaimed();

		assertThat(released.status()).isEqualTo(TaskStatus.AwaitingFeedback);
	}

	@ParameterizedTest
	@EnumSource(value = TaskStatus.class, names = { "AwaitingFeedback", "Completed" })
	void unclaimingKeepsInProgressWhenTheClaimDidNotStartTheTask(TaskStatus status) {
		Task claimed = claimed(task(status, List.of("5"), List.of()), "5");
		Task startedLater = (status == TaskStatus.Completed)
				? claimed.withStatus(TaskStatus.ReOpened).withStatus(TaskStatus.InProgress)
				: claimed.withStatus(TaskStatus.InProgress);

		Task released = startedLater.unclaimed();

		assertThat(released.status()).isEqualTo(TaskStatus.InProgress);
	}

	@Test
	void unclaimingATaskNobodyHoldsChangesNothing() {
		Task task = task(TaskStatus.InProgress, List.of("5"), List.of());

		Task same = task.unclaimed();

		assertThat(same).isSameAs(task);
	}

	// --- withEntityStatus

	@Test
	void marksOneAttachedEntityAndKeepsTheOthersAndTheirOrder() {
		Task task = withEntities(new AttachedEntity(0, "1022", AttachedEntityStatus.Pending),
				new AttachedEntity(1, "1022", AttachedEntityStatus.Pending),
				new AttachedEntity(0, "1023", AttachedEntityStatus.Pending));

		Task marked = task.withEntityStatus(1, "1022", AttachedEntityStatus.Done);

		assertThat(marked.attachedEntities()).containsExactly(
				new AttachedEntity(0, "1022", AttachedEntityStatus.Pending),
				new AttachedEntity(1, "1022", AttachedEntityStatus.Done),
				new AttachedEntity(0, "1023", AttachedEntityStatus.Pending));
	}

	@Test
	void marksADoneEntityPendingAgain() {
		Task task = withEntities(new AttachedEntity(0, "1022", AttachedEntityStatus.Done));

		Task marked = task.withEntityStatus(0, "1022", AttachedEntityStatus.Pending);

		assertThat(marked.attachedEntities())
			.containsExactly(new AttachedEntity(0, "1022", AttachedEntityStatus.Pending));
	}

	@Test
	void markingAnEntityTheTaskDoesNotHaveFails() {
		Task task = withEntities(new AttachedEntity(0, "1022", AttachedEntityStatus.Pending));

		assertThatExceptionOfType(AttachedEntityNotFoundException.class)
			.isThrownBy(() -> task.withEntityStatus(1, "1022", AttachedEntityStatus.Done))
			.withMessageContaining("1022");
	}

	// --- isAssignedTo

	@Test
	void isAssignedToItsUsersAndToTheMembersOfItsGroups() {
		Task task = task(TaskStatus.New, List.of("5"), List.of(GROUP));

		assertThat(task.isAssignedTo("5", Set.of())).isTrue();
		assertThat(task.isAssignedTo("10", Set.of(OTHER_GROUP, GROUP))).isTrue();
		assertThat(task.isAssignedTo("10", Set.of(OTHER_GROUP))).isFalse();
		assertThat(task.isAssignedTo("12", Set.of())).isFalse();
	}

	private static Task task(TaskStatus status, List<String> users, List<UUID> groups) {
		OffsetDateTime at = OffsetDateTime.parse("2024-03-01T08:00:00Z");
		return new Task(UUID.randomUUID(), at, "admin", null, "Translate", null, status, users, groups, List.of(), at,
				1);
	}

	private static Task withEntities(AttachedEntity... entities) {
		Task task = task(TaskStatus.New, List.of(), List.of());
		return new Task(task.uid(), task.created(), task.createdBy(), null, task.title(), null, task.status(),
				List.of(), List.of(), List.of(entities), task.lastModified(), 1);
	}

	private static Task claimed(Task task, String holder) {
		return task.claimedBy(holder);
	}

}

package org.usertasks.bulk;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.usertasks.identity.CurrentUser;
import org.usertasks.system.InvalidRequestException;
import org.usertasks.task.TaskService;
import org.usertasks.task.TaskStatus;

/**
 * {@code POST /v1/usertasks/bulk}: one action on up to 1,000 tasks, answered with a
 * result per task.
 */
@RestController
class BulkController {

	private final BulkService bulk;

	BulkController(BulkService bulk) {
		this.bulk = bulk;
	}

	@PostMapping("/v1/usertasks/bulk")
	BulkResponse apply(@Valid @RequestBody BulkRequest body, @AuthenticationPrincipal CurrentUser caller) {
		return new BulkResponse(this.bulk.apply(body.toAction(), body.uids(), caller));
	}

	/**
	 * @param action status, assign, unassign, comment or delete
	 */
	record BulkRequest(@NotBlank String action,
			@NotEmpty @Size(max = TaskService.MAX_CHILDREN) List<@NotNull UUID> uids, @Nullable TaskStatus status,
			@Nullable @Size(max = TaskService.MAX_CHILDREN) List<@NotNull @Size(max = 100) String> users,
			@Nullable @Size(max = TaskService.MAX_CHILDREN) List<@NotNull UUID> userGroups,
			@Nullable @Size(max = 100_000) String comment) {

		BulkAction toAction() {
			String name = String.valueOf(BulkAction.normalized(this.action));
			List<String> someUsers = (this.users != null) ? this.users : List.of();
			List<UUID> someGroups = (this.userGroups != null) ? this.userGroups : List.of();
			return switch (name) {
				case "status" -> new BulkAction.ChangeStatus(required(this.status, "Status"));
				case "assign", "unassign" -> {
					if (someUsers.isEmpty() && someGroups.isEmpty()) {
						throw new InvalidRequestException("Users", "name at least one user or user group to " + name);
					}
					yield name.equals("assign") ? new BulkAction.Assign(someUsers, someGroups)
							: new BulkAction.Unassign(someUsers, someGroups);
				}
				case "comment" -> {
					if (this.comment == null || this.comment.isBlank()) {
						throw new InvalidRequestException("Comment", "is required for the comment action");
					}
					yield new BulkAction.AddComment(this.comment);
				}
				case "delete" -> new BulkAction.Delete();
				default -> throw new InvalidRequestException("Action",
						"'" + this.action + "' is not one of " + BulkAction.names());
			};
		}

		private static <T> T required(@Nullable T value, String field) {
			if (value == null) {
				throw new InvalidRequestException(field, "is required for this action");
			}
			return value;
		}

	}

	record BulkResponse(List<BulkResult> results) {
	}

}

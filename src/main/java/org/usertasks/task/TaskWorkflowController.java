package org.usertasks.task;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.usertasks.identity.CurrentUser;

/**
 * Our additions for working a task: status alone, claim and unclaim, attached-entity
 * progress, and the activity trail. Each change honours If-Match and answers the task as
 * it now is, with its new ETag.
 */
@RestController
@RequestMapping("/v1/usertasks/{uid}")
class TaskWorkflowController {

	private final TaskWorkflow workflow;

	private final TaskService tasks;

	TaskWorkflowController(TaskWorkflow workflow, TaskService tasks) {
		this.workflow = workflow;
		this.tasks = tasks;
	}

	@PostMapping("/status")
	ResponseEntity<UserTaskResponse> changeStatus(@PathVariable UUID uid, @Valid @RequestBody StatusRequest body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@AuthenticationPrincipal CurrentUser caller) {
		this.workflow.changeStatus(uid, body.status(), caller, ETags.acceptedBy(ifMatch));
		return current(uid);
	}

	@PostMapping("/claim")
	ResponseEntity<UserTaskResponse> claim(@PathVariable UUID uid,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@AuthenticationPrincipal CurrentUser caller) {
		this.workflow.claim(uid, caller, ETags.acceptedBy(ifMatch));
		return current(uid);
	}

	@PostMapping("/unclaim")
	ResponseEntity<UserTaskResponse> unclaim(@PathVariable UUID uid,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@AuthenticationPrincipal CurrentUser caller) {
		this.workflow.unclaim(uid, caller, ETags.acceptedBy(ifMatch));
		return current(uid);
	}

	@PutMapping("/entities/{entityType}/{entityId}")
	ResponseEntity<UserTaskResponse> markEntity(@PathVariable UUID uid, @PathVariable @Min(0) int entityType,
			@PathVariable String entityId, @Valid @RequestBody EntityStatusRequest body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@AuthenticationPrincipal CurrentUser caller) {
		this.workflow.markEntity(uid, entityType, entityId, body.status(), caller, ETags.acceptedBy(ifMatch));
		return current(uid);
	}

	@GetMapping("/history")
	List<HistoryEntryResponse> history(@PathVariable UUID uid) {
		return this.workflow.history(uid).stream().map(HistoryEntryResponse::from).toList();
	}

	private ResponseEntity<UserTaskResponse> current(UUID uid) {
		TaskView view = this.tasks.get(uid);
		return ResponseEntity.ok().eTag(ETags.of(view.task().version())).body(UserTaskResponse.from(view));
	}

	record StatusRequest(@NotNull TaskStatus status) {
	}

	record EntityStatusRequest(@NotNull AttachedEntityStatus status) {
	}

	/** One change of one field: who, when, which field, the old and the new value. */
	record HistoryEntryResponse(OffsetDateTime at, String userId, String field, @Nullable String oldValue,
			@Nullable String newValue) {

		static HistoryEntryResponse from(TaskHistoryEntry entry) {
			return new HistoryEntryResponse(entry.at(), entry.userId(), entry.field(), entry.oldValue(),
					entry.newValue());
		}

	}

}

package org.usertasks.task;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.usertasks.identity.CurrentUser;

/**
 * Struct's {@code /v1/usertasks} endpoints. Creates, updates and deletes answer 200 with
 * an empty body, as Struct does.
 */
@RestController
@RequestMapping("/v1/usertasks")
class TaskController {

	private final TaskService tasks;

	TaskController(TaskService tasks) {
		this.tasks = tasks;
	}

	@GetMapping
	UserTaskResultset list(@RequestParam(defaultValue = "1") @Min(1) int page) {
		return UserTaskResultset.from(this.tasks.page(page));
	}

	/**
	 * The task with its version as a strong ETag; If-None-Match with the current tag
	 * answers 304.
	 */
	@GetMapping("/{uid}")
	@Nullable ResponseEntity<UserTaskResponse> get(@PathVariable UUID uid, WebRequest request) {
		TaskView view = this.tasks.get(uid);
		String etag = ETags.of(view.task().version());
		if (request.checkNotModified(etag)) {
			return null;
		}
		return ResponseEntity.ok().eTag(etag).body(UserTaskResponse.from(view));
	}

	/** 200 with an empty body, as Struct answers; the ETag header is ours. */
	@PostMapping
	ResponseEntity<Void> create(@Valid @RequestBody CreateUserTaskRequest body,
			@AuthenticationPrincipal CurrentUser caller) {
		Task task = this.tasks.create(body.uid(), body.toContent(), caller);
		return ResponseEntity.ok().eTag(ETags.of(task.version())).build();
	}

	/**
	 * Struct's last-write-wins PUT; with If-Match, only over the version the client read.
	 */
	@PutMapping
	ResponseEntity<Void> update(@Valid @RequestBody UpdateUserTaskRequest body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@AuthenticationPrincipal CurrentUser caller) {
		Task task = this.tasks.update(body.uid(), body.toContent(), caller, ETags.acceptedBy(ifMatch));
		return ResponseEntity.ok().eTag(ETags.of(task.version())).build();
	}

	@PostMapping("/batch")
	List<UserTaskResponse> batch(@RequestBody List<UUID> uids) {
		return this.tasks.batch(uids).stream().map(UserTaskResponse::from).toList();
	}

	@DeleteMapping("/{uid}")
	void delete(@PathVariable UUID uid,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		this.tasks.delete(uid, ETags.acceptedBy(ifMatch));
	}

}

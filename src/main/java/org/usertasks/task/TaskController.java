package org.usertasks.task;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
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

	@GetMapping("/{uid}")
	UserTaskResponse get(@PathVariable UUID uid) {
		return UserTaskResponse.from(this.tasks.get(uid));
	}

	@PostMapping
	void create(@Valid @RequestBody CreateUserTaskRequest body, @AuthenticationPrincipal CurrentUser caller) {
		this.tasks.create(body.uid(), body.toContent(), caller);
	}

	@PutMapping
	void update(@Valid @RequestBody UpdateUserTaskRequest body) {
		this.tasks.update(body.uid(), body.toContent());
	}

	@PostMapping("/batch")
	List<UserTaskResponse> batch(@RequestBody List<UUID> uids) {
		return this.tasks.batch(uids).stream().map(UserTaskResponse::from).toList();
	}

	@DeleteMapping("/{uid}")
	void delete(@PathVariable UUID uid) {
		this.tasks.delete(uid);
	}

}

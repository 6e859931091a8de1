package org.usertasks.task;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;

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
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.usertasks.identity.CurrentUser;

/**
 * Struct's {@code /v1/usertasks} endpoints. Creates, updates and deletes answer 200 with
 * an empty body, as Struct does.
 */
@RestController
@RequestMapping("/v1/usertasks")
class TaskController {

	private final TaskService tasks;

	private final TaskSearch search;

	TaskController(TaskService tasks, TaskSearch search) {
		this.tasks = tasks;
		this.search = search;
	}

	/**
	 * Struct's list, plus optional filter, sort, page size and cursor parameters; without
	 * them, exactly Struct's answer.
	 */
	@GetMapping
	ResponseEntity<UserTaskResultset> list(@ParameterObject TaskSearchParams params,
			@AuthenticationPrincipal CurrentUser caller) {
		return page(params.toQuery(TaskSearchParams.QUERY_NAMES), caller);
	}

	/** The list with its parameters as a JSON body, for filters too long for a URL. */
	@PostMapping("/search")
	ResponseEntity<UserTaskResultset> search(@RequestBody TaskSearchParams body,
			@AuthenticationPrincipal CurrentUser caller) {
		return page(body.toQuery(TaskSearchParams.BODY_NAMES), caller);
	}

	/** How many tasks the list parameters match, for inbox badges. */
	@GetMapping("/count")
	TaskCount count(@ParameterObject TaskSearchParams params, @AuthenticationPrincipal CurrentUser caller) {
		return new TaskCount(this.search.count(params.toQuery(TaskSearchParams.QUERY_NAMES).filter(), caller));
	}

	/**
	 * The task with its version as a strong ETag; If-None-Match with the current tag
	 * answers 304.
	 */
	@GetMapping("/{uid}")
	ResponseEntity<UserTaskResponse> get(@PathVariable UUID uid) {
		// Spring MVC answers 304 itself when If-None-Match names this ETag.
		TaskView view = this.tasks.get(uid);
		return ResponseEntity.ok().eTag(ETags.of(view.task().version())).body(UserTaskResponse.from(view));
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
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@AuthenticationPrincipal CurrentUser caller) {
		this.tasks.delete(uid, caller, ETags.acceptedBy(ifMatch));
	}

	private ResponseEntity<UserTaskResultset> page(TaskSearchQuery query, CurrentUser caller) {
		TaskSearchPage page = this.search.page(query, caller);
		UserTaskResultset body = new UserTaskResultset(page.page(), page.pageSize(), page.total(),
				page.tasks().stream().map(UserTaskResponse::from).toList());
		if (page.next() == null) {
			return ResponseEntity.ok(body);
		}
		String listUrl = ServletUriComponentsBuilder.fromCurrentContextPath().path("/v1/usertasks").toUriString();
		return ResponseEntity.ok()
			.header(HttpHeaders.LINK, NextPageLink.header(listUrl, query, page.next()))
			.body(body);
	}

	/** The answer of the count endpoint. */
	record TaskCount(long total) {
	}

}

package org.usertasks.task;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
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

	private static final MediaType TEXT_JSON = new MediaType("text", "json");

	private final TaskService tasks;

	private final TaskSearch search;

	private final TaskJsonCache taskJson;

	private final JsonMapper jsonMapper;

	TaskController(TaskService tasks, TaskSearch search, TaskJsonCache taskJson, JsonMapper jsonMapper) {
		this.tasks = tasks;
		this.search = search;
		this.taskJson = taskJson;
		this.jsonMapper = jsonMapper;
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
	 * answers 304. When the task is at the version whose JSON {@link TaskJsonCache}
	 * keeps, that JSON is the answer: one indexed lookup instead of reading the task and
	 * its children and writing them as JSON.
	 */
	@GetMapping("/{uid}")
	@ApiResponse(responseCode = "200", description = "The task",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = UserTaskResponse.class)))
	ResponseEntity<byte[]> get(@PathVariable UUID uid,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) @Nullable String accept) {
		TaskStamp stamp = this.tasks.stamp(uid);
		byte[] json = this.taskJson.get(uid, stamp);
		if (json == null) {
			TaskView view = this.tasks.get(uid);
			stamp = TaskStamp.of(view.task());
			json = this.jsonMapper.writeValueAsBytes(UserTaskResponse.from(view));
			this.taskJson.put(uid, stamp, json);
		}
		// Spring MVC answers 304 itself when If-None-Match names this ETag.
		return ResponseEntity.ok().eTag(ETags.of(stamp.version())).contentType(jsonTypeFor(accept)).body(json);
	}

	/**
	 * application/json, or text/json for a client that accepts only that (as the JSON
	 * converter answers it).
	 */
	private static MediaType jsonTypeFor(@Nullable String accept) {
		if (accept == null || accept.isBlank()) {
			return MediaType.APPLICATION_JSON;
		}
		try {
			List<MediaType> accepted = MediaType.parseMediaTypes(accept);
			if (accepted.stream().noneMatch(MediaType.APPLICATION_JSON::isCompatibleWith)
					&& accepted.stream().anyMatch(TEXT_JSON::isCompatibleWith)) {
				return TEXT_JSON;
			}
		}
		catch (InvalidMediaTypeException ex) {
			// Spring MVC answers an unreadable Accept header as it always does.
		}
		return MediaType.APPLICATION_JSON;
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

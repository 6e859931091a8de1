package org.usertasks.comment;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.usertasks.identity.CurrentUser;
import org.usertasks.system.InvalidRequestException;
import org.usertasks.task.ETags;

/**
 * Struct's comment endpoints under a task. Each answers 200 with an empty body. An
 * If-Match header (the task's ETag) makes the change conditional on the task being as the
 * client read it.
 */
@RestController
@RequestMapping("/v1/usertasks/{uid}/comments")
class CommentController {

	static final int MAX_COMMENT_LENGTH = 100_000;

	private final CommentService comments;

	CommentController(CommentService comments) {
		this.comments = comments;
	}

	@PostMapping
	void add(@PathVariable UUID uid, @Valid @RequestBody AddCommentRequest body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@AuthenticationPrincipal CurrentUser caller) {
		this.comments.add(uid, body.uid(), body.comment(), caller, ETags.acceptedBy(ifMatch));
	}

	@PutMapping
	void edit(@PathVariable UUID uid, @Valid @RequestBody EditCommentRequest body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@AuthenticationPrincipal CurrentUser caller) {
		this.comments.edit(uid, body.uid(), body.comment(), caller, ETags.acceptedBy(ifMatch));
	}

	/** The comment is named by {@code commentUid}; {@code commentId} is accepted too. */
	@DeleteMapping
	void delete(@PathVariable UUID uid, @RequestParam(required = false) @Nullable UUID commentUid,
			@RequestParam(required = false) @Nullable UUID commentId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@AuthenticationPrincipal CurrentUser caller) {
		UUID comment = (commentUid != null) ? commentUid : commentId;
		if (comment == null) {
			throw new InvalidRequestException("commentUid", "is required: the Uid of the comment to delete");
		}
		this.comments.delete(uid, comment, caller, ETags.acceptedBy(ifMatch));
	}

	record AddCommentRequest(@Nullable UUID uid, @NotBlank @Size(max = MAX_COMMENT_LENGTH) String comment) {
	}

	record EditCommentRequest(@NotNull UUID uid, @NotBlank @Size(max = MAX_COMMENT_LENGTH) String comment) {
	}

}

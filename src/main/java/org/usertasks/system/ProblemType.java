package org.usertasks.system;

import java.net.URI;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;

/**
 * The kinds of problem the API answers with. Each has a stable {@code type} URI, a page
 * the service serves itself.
 */
public enum ProblemType {

	INVALID_REQUEST("invalid-request", HttpStatus.BAD_REQUEST, "Invalid request",
			"The request is malformed or a field breaks a rule. The errors property lists each field and what is wrong with it."),
	UNAUTHORIZED("unauthorized", HttpStatus.UNAUTHORIZED, "Unauthorized",
			"The Authorization header is missing, or holds an API key that is unknown, revoked or belongs to a disabled user."),
	FORBIDDEN("forbidden", HttpStatus.FORBIDDEN, "Forbidden",
			"The API key is valid but has no right to do this: admin-only endpoints, or another user's comment."),
	NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "Not found", "Nothing exists with the id or path the request names."),
	METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed",
			"The path exists but does not take this HTTP method."),
	NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE, "Not acceptable",
			"The Accept header asks for a representation the API does not produce; it answers JSON."),
	ALREADY_EXISTS("already-exists", HttpStatus.CONFLICT, "Already exists",
			"A create named a Uid that is already taken. Pick another Uid, or leave it out and let the service choose one."),
	CONFLICT("conflict", HttpStatus.CONFLICT, "Conflict",
			"The request conflicts with the current state. The reason property says how: last-admin-key (create another "
					+ "admin key first), claimed (the holder property names who has the task), status-transition (a Completed "
					+ "task can only be re-opened), or concurrent-change (read it again and retry)."),
	PRECONDITION_FAILED("precondition-failed", HttpStatus.PRECONDITION_FAILED, "Precondition failed",
			"The If-Match header names a version (ETag) that is no longer current: someone changed the task since you read it. "
					+ "The currentETag property and the ETag header give the current version; read the task again and retry."),
	IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", HttpStatus.UNPROCESSABLE_CONTENT, "Idempotency key reused",
			"The Idempotency-Key header names a key this caller already used for a different request. "
					+ "Use a new key for each distinct request, and the same key only to retry the same request."),
	PAYLOAD_TOO_LARGE("payload-too-large", HttpStatus.CONTENT_TOO_LARGE, "Request body too large",
			"The request body is larger than the service accepts (usertasks.api.max-request-body-size)."),
	UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
			"Request bodies are JSON: application/json, application/json-patch+json, text/json or another application/*+json."),
	INTERNAL_ERROR("internal-error", HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
			"Something failed inside the service. It has been logged; the request may be retried.");

	private final String slug;

	private final HttpStatus status;

	private final String title;

	private final String description;

	ProblemType(String slug, HttpStatus status, String title, String description) {
		this.slug = slug;
		this.status = status;
		this.title = title;
		this.description = description;
	}

	public String slug() {
		return this.slug;
	}

	public URI uri() {
		return URI.create("/problems/" + this.slug);
	}

	public HttpStatus status() {
		return this.status;
	}

	public String title() {
		return this.title;
	}

	public String description() {
		return this.description;
	}

	/**
	 * The type for a status that Spring MVC answers by itself (404 for an unknown path,
	 * 405, 415...).
	 */
	public static ProblemType forStatus(int status) {
		for (ProblemType type : values()) {
			if (type.status.value() == status) {
				return type;
			}
		}
		return (status >= 500) ? INTERNAL_ERROR : INVALID_REQUEST;
	}

	public static @Nullable ProblemType forSlug(String slug) {
		for (ProblemType type : values()) {
			if (type.slug.equals(slug)) {
				return type;
			}
		}
		return null;
	}

}

package org.usertasks.system;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error into an RFC 9457 problem detail with a stable {@code type}; invalid
 * input lists each field in an {@code errors} property.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	@ExceptionHandler(InvalidRequestException.class)
	ProblemDetail invalidRequest(InvalidRequestException ex) {
		return invalid(ex.problems());
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return Problems.of(ProblemType.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler(AlreadyExistsException.class)
	ProblemDetail alreadyExists(AlreadyExistsException ex) {
		return Problems.of(ProblemType.ALREADY_EXISTS, ex.getMessage());
	}

	@ExceptionHandler(ConflictException.class)
	ProblemDetail conflict(ConflictException ex) {
		ProblemDetail problem = Problems.of(ProblemType.CONFLICT, ex.getMessage());
		problem.setProperty("reason", ex.reason());
		ex.properties().forEach(problem::setProperty);
		return problem;
	}

	/**
	 * 412 with the current ETag, in the header and in the body, so the client can read
	 * again and retry.
	 */
	@ExceptionHandler(StaleVersionException.class)
	ResponseEntity<ProblemDetail> staleVersion(StaleVersionException ex) {
		String etag = "\"" + ex.currentVersion() + "\"";
		ProblemDetail problem = Problems.of(ProblemType.PRECONDITION_FAILED, ex.getMessage());
		problem.setProperty("currentETag", etag);
		return ResponseEntity.status(ProblemType.PRECONDITION_FAILED.status()).eTag(etag).body(problem);
	}

	@ExceptionHandler(DuplicateKeyException.class)
	ProblemDetail duplicateKey(DuplicateKeyException ex) {
		log.debug("Duplicate key from a concurrent create", ex);
		return Problems.of(ProblemType.ALREADY_EXISTS, "Something with the same id was created at the same moment.");
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ProblemDetail integrityViolation(DataIntegrityViolationException ex) {
		log.debug("Integrity violation from a concurrent change", ex);
		ProblemDetail problem = Problems.of(ProblemType.CONFLICT,
				"The request conflicts with a concurrent change (for example, a user or group deleted meanwhile).");
		problem.setProperty("reason", "concurrent-change");
		return problem;
	}

	@ExceptionHandler(NotPermittedException.class)
	ProblemDetail notPermitted(NotPermittedException ex) {
		return Problems.of(ProblemType.FORBIDDEN, ex.getMessage());
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception ex) {
		log.error("Unexpected error", ex);
		return Problems.of(ProblemType.INTERNAL_ERROR, "An unexpected error occurred; it has been logged.");
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		RequestBodyTooLargeException tooLarge = findCause(ex, RequestBodyTooLargeException.class);
		if (tooLarge != null) {
			ProblemType type = ProblemType.PAYLOAD_TOO_LARGE;
			return ResponseEntity.status(type.status()).body(Problems.of(type, String.valueOf(tooLarge.getMessage())));
		}
		return ResponseEntity.badRequest().body(invalid(List.of(unreadable(ex))));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> problems = new ArrayList<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			problems.add(new FieldProblem(WireNames.of(error.getField()), String.valueOf(error.getDefaultMessage())));
		}
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach((error) -> problems.add(new FieldProblem("body", String.valueOf(error.getDefaultMessage()))));
		return ResponseEntity.badRequest().body(invalid(problems));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> problems = new ArrayList<>();
		ex.getParameterValidationResults().forEach((result) -> {
			if (result instanceof ParameterErrors errors) {
				// A @Valid body checked along with constrained path variables: name its
				// fields as sent, as a body checked alone is.
				errors.getFieldErrors()
					.forEach((error) -> problems.add(new FieldProblem(WireNames.of(error.getField()),
							String.valueOf(error.getDefaultMessage()))));
				errors.getGlobalErrors()
					.forEach((error) -> problems
						.add(new FieldProblem("body", String.valueOf(error.getDefaultMessage()))));
				return;
			}
			String name = result.getMethodParameter().getParameterName();
			for (MessageSourceResolvable error : result.getResolvableErrors()) {
				problems.add(new FieldProblem(String.valueOf(name), String.valueOf(error.getDefaultMessage())));
			}
		});
		return ResponseEntity.badRequest().body(invalid(problems));
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String field = String.valueOf(ex.getPropertyName());
		String message = "must be " + describe(ex.getRequiredType()) + ", not '" + ex.getValue() + "'";
		return ResponseEntity.badRequest().body(invalid(List.of(new FieldProblem(field, message))));
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		FieldProblem problem = new FieldProblem(ex.getParameterName(), "is required");
		return ResponseEntity.badRequest().body(invalid(List.of(problem)));
	}

	/**
	 * Gives Spring MVC's own problem details (404 path, 405, 415...) our stable type URIs
	 * and titles. Done here rather than in {@code handleExceptionInternal}, whose body is
	 * still null for those: Spring builds their problem detail only inside it.
	 */
	@Override
	protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (body instanceof ProblemDetail problem
				&& (problem.getType() == null || URI.create("about:blank").equals(problem.getType()))) {
			ProblemType type = ProblemType.forStatus(statusCode.value());
			problem.setType(type.uri());
			problem.setTitle(type.title());
		}
		return super.createResponseEntity(body, headers, statusCode, request);
	}

	private static ProblemDetail invalid(List<FieldProblem> problems) {
		String detail = problems.isEmpty() ? "The request is invalid."
				: problems.get(0).field() + ": " + problems.get(0).message()
						+ ((problems.size() > 1) ? " (and " + (problems.size() - 1) + " more)" : "");
		ProblemDetail problem = Problems.of(ProblemType.INVALID_REQUEST, detail);
		problem.setProperty("errors", problems);
		return problem;
	}

	private static FieldProblem unreadable(HttpMessageNotReadableException ex) {
		JacksonException jackson = findCause(ex, JacksonException.class);
		if (jackson == null) {
			return new FieldProblem("body", "a JSON body is required");
		}
		String field = path(jackson);
		if (jackson instanceof StreamReadException && !(jackson instanceof MismatchedInputException)) {
			return new FieldProblem(field, "malformed JSON: " + jackson.getOriginalMessage());
		}
		if (jackson instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
			String value = (jackson instanceof InvalidFormatException format) ? ", not '" + format.getValue() + "'"
					: "";
			return new FieldProblem(field, "must be " + describe(mismatch.getTargetType()) + value);
		}
		return new FieldProblem(field, jackson.getOriginalMessage());
	}

	private static String path(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return (path.isEmpty() || path.charAt(0) == '[') ? "body" + path : path.toString();
	}

	@SuppressWarnings("unchecked")
	private static String describe(@Nullable Class<?> type) {
		if (type == null) {
			return "a valid value";
		}
		if (type.isEnum() && CodedEnum.class.isAssignableFrom(type)) {
			return "one of " + CodedEnum.describe((Class<? extends Enum<?>>) type);
		}
		if (type == UUID.class) {
			return "a UUID such as 9fb6b427-07f7-4b01-a04b-851eaf2d65c0";
		}
		if (type == OffsetDateTime.class) {
			return "an ISO-8601 date-time with an offset, such as 2023-01-14T00:00:00.0000000+02:00";
		}
		if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
			return "an integer";
		}
		if (type == boolean.class || type == Boolean.class) {
			return "true or false";
		}
		if (type == String.class) {
			return "a string";
		}
		if (type.isArray() || Collection.class.isAssignableFrom(type)) {
			return "a JSON array";
		}
		return "a JSON object";
	}

	private static <T extends Throwable> @Nullable T findCause(Throwable ex, Class<T> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

}

package org.usertasks.idempotency;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.usertasks.system.ProblemType;
import org.usertasks.system.ProblemWriter;
import org.usertasks.system.RequestBodyTooLargeException;
import org.usertasks.system.Sha256;
import org.usertasks.system.Timestamps;

/**
 * Makes a POST with an {@code Idempotency-Key} header safe to retry: the first request
 * with a key is handled and its answer kept (per caller, for
 * {@code usertasks.idempotency.retention}); the same request again with the same key gets
 * that answer back, marked {@code Idempotent-Replayed: true}, without acting twice. The
 * same key with a different request is a 422, and a retry while the first is still
 * running a 409. Runs after authentication, so keys are scoped to the caller.
 */
@Component
class IdempotencyFilter extends OncePerRequestFilter {

	static final String HEADER = "Idempotency-Key";

	static final int MAX_KEY_LENGTH = 200;

	private final IdempotencyRepository answers;

	private final IdempotencyProperties properties;

	private final ProblemWriter problems;

	private final Clock clock;

	IdempotencyFilter(IdempotencyRepository answers, IdempotencyProperties properties, ProblemWriter problems,
			Clock clock) {
		this.answers = answers;
		this.properties = properties;
		this.problems = problems;
		this.clock = clock;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
				|| !request.getRequestURI().startsWith("/v1/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication caller = SecurityContextHolder.getContext().getAuthentication();
		if (caller == null || !caller.isAuthenticated() || caller instanceof AnonymousAuthenticationToken) {
			chain.doFilter(request, response);
			return;
		}
		String key = request.getHeader(HEADER).trim();
		if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
			this.problems.write(request, response, ProblemType.INVALID_REQUEST,
					HEADER + ": must be 1 to " + MAX_KEY_LENGTH + " characters");
			return;
		}
		byte[] body;
		try {
			body = request.getInputStream().readAllBytes();
		}
		catch (RequestBodyTooLargeException ex) {
			this.problems.write(request, response, ProblemType.PAYLOAD_TOO_LARGE, String.valueOf(ex.getMessage()));
			return;
		}
		String userId = caller.getName();
		String hash = hash(request, body);
		OffsetDateTime now = Timestamps.now(this.clock);
		this.answers.forgetIfOlderThan(userId, key, now.minus(this.properties.retention()));
		this.answers.forgetIfAbandoned(userId, key, now.minus(this.properties.abandonedAfter()));
		Optional<StoredAnswer> kept = this.answers.find(userId, key);
		if (kept.isPresent()) {
			answerAgain(request, response, kept.get(), hash);
			return;
		}
		if (!this.answers.start(userId, key, hash, now)) {
			inProgress(request, response);
			return;
		}
		handleAndKeep(new CachedBodyRequest(request, body), response, chain, userId, key);
	}

	private void handleAndKeep(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
			String userId, String key) throws ServletException, IOException {
		ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
		try {
			chain.doFilter(request, recorded);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			this.answers.forget(userId, key);
			throw ex;
		}
		if (recorded.getStatus() >= 500) {
			// A fault of ours is no answer to keep: the retry should be tried for real.
			this.answers.forget(userId, key);
		}
		else {
			this.answers.finish(userId, key, recorded.getStatus(), recorded.getContentType(),
					new String(recorded.getContentAsByteArray(), StandardCharsets.UTF_8));
		}
		recorded.copyBodyToResponse();
	}

	private void answerAgain(HttpServletRequest request, HttpServletResponse response, StoredAnswer kept, String hash)
			throws IOException {
		if (!kept.requestHash().equals(hash)) {
			this.problems.write(request, response, ProblemType.IDEMPOTENCY_KEY_REUSED,
					"This Idempotency-Key was used for a different request.");
			return;
		}
		if (kept.status() == null) {
			inProgress(request, response);
			return;
		}
		response.setStatus(kept.status());
		response.setHeader("Idempotent-Replayed", "true");
		if (kept.contentType() != null) {
			response.setContentType(kept.contentType());
		}
		if (kept.body() != null && !kept.body().isEmpty()) {
			response.getOutputStream().write(kept.body().getBytes(StandardCharsets.UTF_8));
		}
	}

	private void inProgress(HttpServletRequest request, HttpServletResponse response) throws IOException {
		this.problems.write(request, response, ProblemType.CONFLICT,
				"A request with this Idempotency-Key is still being handled; retry when it has finished.",
				Map.of("reason", "idempotency-key-in-progress"));
	}

	private static String hash(HttpServletRequest request, byte[] body) {
		String target = request.getMethod() + " " + request.getRequestURI() + "?" + request.getQueryString() + "\n";
		return Sha256.hex(target.getBytes(StandardCharsets.UTF_8), body);
	}

	/** The request with its body already read, so that the handler can read it again. */
	private static final class CachedBodyRequest extends HttpServletRequestWrapper {

		private final byte[] body;

		CachedBodyRequest(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			java.io.ByteArrayInputStream in = new java.io.ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return in.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("the body is already read");
				}

			};
		}

		@Override
		public java.io.BufferedReader getReader() {
			return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
		}

	}

}

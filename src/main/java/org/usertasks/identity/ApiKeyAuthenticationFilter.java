package org.usertasks.identity;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the API key from the {@code Authorization} header: the raw key as Struct sends
 * it, or leniently {@code Bearer <key>}. A request without the header goes on
 * unauthenticated; one with a key that does not work is answered 401 at once.
 */
class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

	private final ApiKeyService keys;

	private final AuthenticationEntryPoint entryPoint;

	ApiKeyAuthenticationFilter(ApiKeyService keys, AuthenticationEntryPoint entryPoint) {
		this.keys = keys;
		this.entryPoint = entryPoint;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || header.isBlank()) {
			chain.doFilter(request, response);
			return;
		}
		Optional<CurrentUser> caller = this.keys.authenticate(presentedKey(header));
		if (caller.isEmpty()) {
			SecurityContextHolder.clearContext();
			this.entryPoint.commence(request, response,
					new BadCredentialsException("The API key is unknown, revoked, or belongs to a disabled user."));
			return;
		}
		SecurityContextHolder.getContext().setAuthentication(CallerAuthentication.of(caller.get()));
		chain.doFilter(request, response);
	}

	private static String presentedKey(String header) {
		String value = header.trim();
		if (value.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return value.substring(7).trim();
		}
		return value;
	}

}

package org.usertasks.identity;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the signed-in person afresh on every request, as an API key is checked on every
 * request: a group or role changed by an admin applies at once, and a disabled or deleted
 * user's session ends.
 */
class SessionUserRefreshFilter extends OncePerRequestFilter {

	private final SignInService signIn;

	private final RequestMatcher staticFiles;

	/**
	 * @param staticFiles requests that need no person (stylesheets, scripts): reading the
	 * session and the user for each of them would cost queries for nothing
	 */
	SessionUserRefreshFilter(SignInService signIn, RequestMatcher staticFiles) {
		this.signIn = signIn;
		this.staticFiles = staticFiles;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return this.staticFiles.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		SecurityContext context = SecurityContextHolder.getContext();
		Authentication authentication = context.getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser signedIn) {
			Optional<CurrentUser> now = this.signIn.callerOf(signedIn.userId());
			if (now.isEmpty()) {
				SecurityContextHolder.clearContext();
				HttpSession session = request.getSession(false);
				if (session != null) {
					session.invalidate();
				}
			}
			else if (!now.get().equals(signedIn)) {
				SecurityContext refreshed = SecurityContextHolder.createEmptyContext();
				refreshed.setAuthentication(CallerAuthentication.of(now.get()));
				SecurityContextHolder.setContext(refreshed);
			}
		}
		chain.doFilter(request, response);
	}

}

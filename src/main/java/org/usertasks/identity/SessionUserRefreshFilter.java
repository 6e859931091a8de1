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
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the signed-in person afresh on every request, as an API key is checked on every
 * request: a group or role changed by an admin applies at once, and a disabled or deleted
 * user's session ends.
 */
class SessionUserRefreshFilter extends OncePerRequestFilter {

	private final SignInService signIn;

	SessionUserRefreshFilter(SignInService signIn) {
		this.signIn = signIn;
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
				refreshed.setAuthentication(PasswordAuthenticationProvider.signedIn(now.get()));
				SecurityContextHolder.setContext(refreshed);
			}
		}
		chain.doFilter(request, response);
	}

}

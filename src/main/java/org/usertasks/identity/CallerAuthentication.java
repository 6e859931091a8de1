package org.usertasks.identity;

import java.util.List;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The one way a caller becomes Spring Security's authentication, whether an API key or a
 * password signed them in: the {@link CurrentUser} as principal, {@code ROLE_USER}, and
 * {@code ROLE_ADMIN} for an admin.
 */
public final class CallerAuthentication {

	static final String ROLE_USER = "ROLE_USER";

	static final String ROLE_ADMIN = "ROLE_ADMIN";

	private CallerAuthentication() {
	}

	public static UsernamePasswordAuthenticationToken of(CurrentUser caller) {
		List<GrantedAuthority> authorities = caller.admin()
				? List.of(new SimpleGrantedAuthority(ROLE_USER), new SimpleGrantedAuthority(ROLE_ADMIN))
				: List.of(new SimpleGrantedAuthority(ROLE_USER));
		return UsernamePasswordAuthenticationToken.authenticated(caller, null, authorities);
	}

}

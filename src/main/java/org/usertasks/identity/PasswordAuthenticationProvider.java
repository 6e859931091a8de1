package org.usertasks.identity;

import java.util.List;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Signs people in with the password checked by {@link SignInService}; the principal is
 * the same {@link CurrentUser} an API key yields, so every feature serves both alike.
 */
class PasswordAuthenticationProvider implements AuthenticationProvider {

	private final SignInService signIn;

	PasswordAuthenticationProvider(SignInService signIn) {
		this.signIn = signIn;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String login = authentication.getName();
		Object credentials = authentication.getCredentials();
		CurrentUser user = this.signIn.authenticate((login != null) ? login : "",
				(credentials != null) ? credentials.toString() : "");
		return signedIn(user);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	static UsernamePasswordAuthenticationToken signedIn(CurrentUser user) {
		List<GrantedAuthority> authorities = user.admin()
				? List.of(new SimpleGrantedAuthority(ApiKeyAuthenticationFilter.ROLE_USER),
						new SimpleGrantedAuthority(ApiKeyAuthenticationFilter.ROLE_ADMIN))
				: List.of(new SimpleGrantedAuthority(ApiKeyAuthenticationFilter.ROLE_USER));
		return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
	}

}

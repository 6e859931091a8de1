package org.usertasks.identity;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

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
		return CallerAuthentication.of(user);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}

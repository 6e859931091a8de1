package org.usertasks.identity;

import java.util.Arrays;
import java.util.Map;

import jakarta.servlet.DispatcherType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The web inbox: people sign in with a password and get a session cookie; forms carry a
 * CSRF token (htmx sends it as a header). This chain covers only the web paths; the API
 * keeps its stateless API-key chain.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurityConfiguration {

	/** Everything the browser UI serves; the rest of the service is the API. */
	/**
	 * The pages' static files: anyone may read them, and they need no signed-in person.
	 */
	static final String[] STATIC_PATHS = { "/webjars/**", "/css/**", "/js/**", "/favicon.ico" };

	static final String[] WEB_PATHS = { "/", "/login", "/logout", "/invite/**", "/account", "/account/**", "/tasks",
			"/tasks/**", "/admin/**", "/ui/**", "/webjars/**", "/css/**", "/js/**", "/favicon.ico" };

	/**
	 * Argon2id for new passwords; the prefix in each stored hash lets a later default
	 * take over as people sign in.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		Map<String, PasswordEncoder> encoders = Map.of("argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
				"bcrypt", new BCryptPasswordEncoder());
		return new DelegatingPasswordEncoder("argon2", encoders);
	}

	private static RequestMatcher staticFiles() {
		PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
		return new OrRequestMatcher(Arrays.stream(STATIC_PATHS).map(paths::matcher).toArray(RequestMatcher[]::new));
	}

	@Bean
	@Order(1)
	SecurityFilterChain webSecurity(HttpSecurity http, SignInService signIn) throws Exception {
		// The sign-in page shows a lock-out's own message (how long it lasts).
		AuthenticationFailureHandler failure = (request, response, ex) -> {
			request.getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, ex);
			response.sendRedirect(
					request.getContextPath() + ((ex instanceof LockedException) ? "/login?locked" : "/login?error"));
		};
		http.securityMatcher(WEB_PATHS)
			.authenticationProvider(new PasswordAuthenticationProvider(signIn))
			.formLogin((form) -> form.loginPage("/login").defaultSuccessUrl("/", false).failureHandler(failure))
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
			.exceptionHandling((handling) -> handling
				// Any web request, whatever it accepts, goes to the sign-in page...
				.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"))
				.defaultAuthenticationEntryPointFor(
						// htmx swaps what it gets; a 401 with HX-Redirect sends the whole
						// page to sign-in.
						(request, response, ex) -> {
							response.setHeader("HX-Redirect", "/login");
							new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED).commence(request, response, ex);
						}, new RequestHeaderRequestMatcher("HX-Request")))
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; "
						+ "frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'"))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
			.addFilterAfter(new SessionUserRefreshFilter(signIn, staticFiles()), SecurityContextHolderFilter.class)
			.authorizeHttpRequests((authorize) -> authorize
				// The live stream's async dispatches belong to a request already let in;
				// after a sign-out they would otherwise fail on a committed response.
				.dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR)
				.permitAll()
				.requestMatchers(STATIC_PATHS)
				.permitAll()
				.requestMatchers("/login", "/invite/**")
				.permitAll()
				.requestMatchers("/admin/**")
				.hasRole("ADMIN")
				.anyRequest()
				.authenticated());
		return http.build();
	}

}

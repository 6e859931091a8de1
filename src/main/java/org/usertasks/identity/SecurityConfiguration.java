package org.usertasks.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.usertasks.system.ProblemType;
import org.usertasks.system.ProblemWriter;

/**
 * The API is stateless and authenticated by API key. Reading is open to every key;
 * managing users, groups and keys needs an admin key. Errors are problem details like
 * every other error.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain apiSecurity(HttpSecurity http, ApiKeyService keys, ProblemWriter problems) throws Exception {
		AuthenticationEntryPoint entryPoint = (request, response, ex) -> {
			response.setHeader("WWW-Authenticate", "Bearer realm=\"usertasks\"");
			boolean presented = request.getHeader("Authorization") != null
					&& !request.getHeader("Authorization").isBlank();
			problems.write(request, response, ProblemType.UNAUTHORIZED, presented ? ex.getMessage()
					: "Send your API key in the Authorization header, as Struct clients do: 'Authorization: <key>'.");
		};
		AccessDeniedHandler accessDenied = (request, response, ex) -> problems.write(request, response,
				ProblemType.FORBIDDEN, "This needs an admin API key.");
		http.csrf((csrf) -> csrf.disable())
			.httpBasic((basic) -> basic.disable())
			.formLogin((form) -> form.disable())
			.logout((logout) -> logout.disable())
			.requestCache((cache) -> cache.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.exceptionHandling(
					(handling) -> handling.authenticationEntryPoint(entryPoint).accessDeniedHandler(accessDenied))
			.addFilterBefore(new ApiKeyAuthenticationFilter(keys, entryPoint), AnonymousAuthenticationFilter.class)
			.authorizeHttpRequests((authorize) -> authorize
				.requestMatchers("/error", "/problems/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html",
						"/swagger-ui/**", "/actuator/health", "/actuator/health/**")
				.permitAll()
				.requestMatchers("/v1/apikeys", "/v1/apikeys/**", "/v1/webhooks", "/v1/webhooks/**", "/actuator/**")
				.hasRole("ADMIN")
				.requestMatchers(HttpMethod.GET, "/v1/users", "/v1/users/**", "/v1/usergroups", "/v1/usergroups/**")
				.authenticated()
				.requestMatchers("/v1/users", "/v1/users/**", "/v1/usergroups", "/v1/usergroups/**")
				.hasRole("ADMIN")
				.anyRequest()
				.authenticated());
		return http.build();
	}

}

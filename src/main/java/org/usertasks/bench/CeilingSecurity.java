package org.usertasks.bench;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Lets {@code /bench/**} through without an API key, while benchmarking only: a chain of
 * its own, so the API's chain stays as it is. Without the property this chain does not
 * exist and {@code /bench/ceiling} falls to the API chain, which answers 401.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("usertasks.bench.ceiling-enabled")
class CeilingSecurity {

	@Bean
	@Order(0)
	SecurityFilterChain benchCeilingSecurity(HttpSecurity http) throws Exception {
		http.securityMatcher("/bench/**")
			.csrf((csrf) -> csrf.disable())
			.requestCache((cache) -> cache.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests((authorize) -> authorize.anyRequest().permitAll());
		return http.build();
	}

}

package org.usertasks.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Lets the bootstrap admin into the web inbox: while that user has no password, each
 * start sets the one from {@code USERTASKS_BOOTSTRAP_ADMIN_PASSWORD}, or prints a fresh
 * one-time link to choose it.
 */
@Component
@Order(2)
class AdminSignInBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdminSignInBootstrap.class);

	private final SignInService signIn;

	private final UserRepository users;

	private final SignInProperties properties;

	private final Environment environment;

	AdminSignInBootstrap(SignInService signIn, UserRepository users, SignInProperties properties,
			Environment environment) {
		this.signIn = signIn;
		this.users = users;
		this.properties = properties;
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments args) {
		String admin = AdminBootstrap.ADMIN_USER_ID;
		if (!this.users.exists(admin) || this.signIn.hasPassword(admin)) {
			return;
		}
		String password = this.properties.bootstrapAdminPassword();
		if (!password.isBlank()) {
			this.signIn.setPassword(admin, password);
			log.info("Set the web sign-in password of user '{}' from USERTASKS_BOOTSTRAP_ADMIN_PASSWORD.", admin);
			return;
		}
		SignInService.Invite invite = this.signIn.invite(admin);
		log.warn("Web inbox: user '{}' has no password yet. Open {}/invite/{} to choose it (works once, until {}).",
				admin, baseUrl(), invite.token(), invite.expires());
	}

	private String baseUrl() {
		return "http://localhost:" + this.environment.getProperty("local.server.port", "8080");
	}

}

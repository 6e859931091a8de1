package org.usertasks.identity;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * On a start with no working admin key, creates an admin user and an admin key, so that a
 * fresh installation can be administered. The key comes from
 * {@code USERTASKS_BOOTSTRAP_API_KEY}, or is random and printed once.
 */
@Component
@Order(1)
class AdminBootstrap implements ApplicationRunner {

	static final String ADMIN_USER_ID = "admin";

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	private final ApiKeyService keys;

	private final UserService users;

	private final BootstrapProperties properties;

	private final Environment environment;

	AdminBootstrap(ApiKeyService keys, UserService users, BootstrapProperties properties, Environment environment) {
		this.keys = keys;
		this.users = users;
		this.properties = properties;
		this.environment = environment;
	}

	/**
	 * @param apiKey the admin key to create on a first start; blank for a random one
	 */
	@ConfigurationProperties("usertasks.bootstrap")
	record BootstrapProperties(@DefaultValue("") String apiKey) {
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.keys.hasWorkingAdminKey()) {
			log.info("API keys go in the Authorization header ('Authorization: <key>'). The bootstrap admin key was "
					+ "printed on the first start, or set by USERTASKS_BOOTSTRAP_API_KEY; admins create more with "
					+ "POST /v1/apikeys.");
			return;
		}
		ensureAdminUser();
		String configured = this.properties.apiKey().trim();
		if (!configured.isEmpty() && !this.keys.isKnown(configured)) {
			this.keys.issue(ADMIN_USER_ID, "bootstrap", true, configured);
			log.info("Created the bootstrap admin API key from USERTASKS_BOOTSTRAP_API_KEY. Send it as the "
					+ "Authorization header: curl -H 'Authorization: <your key>' {}", tasksUrl());
			return;
		}
		if (!configured.isEmpty()) {
			log.warn("USERTASKS_BOOTSTRAP_API_KEY is already stored as a key that cannot administer (not an admin "
					+ "key, or its user is disabled); creating a random admin key instead.");
		}
		String secret = this.keys.issue(ADMIN_USER_ID, "bootstrap", true, ApiKeyService.newSecret()).secret();
		log.warn("Bootstrap admin API key (shown once, store it now): {}  Use it as the Authorization header: "
				+ "curl -H 'Authorization: {}' {}", secret, secret, tasksUrl());
	}

	private String tasksUrl() {
		return "http://localhost:" + this.environment.getProperty("local.server.port", "8080") + "/v1/usertasks";
	}

	private void ensureAdminUser() {
		UserDetails admin = new UserDetails(null, "Admin", null, UserStatus.Active, List.of(), List.of("Admin"));
		try {
			this.users.get(ADMIN_USER_ID);
			this.users.update(ADMIN_USER_ID, admin);
		}
		catch (UserNotFoundException ex) {
			this.users.create(ADMIN_USER_ID, admin);
		}
	}

}

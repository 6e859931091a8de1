package org.usertasks.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Tells whoever started the service where to find it, once it is ready.
 */
@Component
class StartupBanner {

	private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

	private final Environment environment;

	StartupBanner(Environment environment) {
		this.environment = environment;
	}

	@EventListener(ApplicationReadyEvent.class)
	void ready() {
		String base = "http://localhost:" + this.environment.getProperty("local.server.port", "8080");
		log.info(
				"UserTasks is ready: web inbox {}/  |  API {}/v1/usertasks  |  Swagger UI: {}/swagger-ui.html  |  health: {}/actuator/health"
						+ "  |  authenticate with the header 'Authorization: <API key>'",
				base, base, base, base);
	}

}

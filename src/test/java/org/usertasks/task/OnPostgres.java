package org.usertasks.task;

import org.usertasks.PostgresTestDatabase;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Implemented by the PostgreSQL variant of a test class (annotated
 * {@code @EnabledIf("org.usertasks.PostgresTestDatabase#configured")}): its Spring
 * context runs on the PostgreSQL server. Because every such class registers the database
 * through this one method, classes of the same kind share one context, and the suite
 * keeps few connection pools open on a server that allows 100 connections.
 */
public interface OnPostgres {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		PostgresTestDatabase.register(registry);
	}

}

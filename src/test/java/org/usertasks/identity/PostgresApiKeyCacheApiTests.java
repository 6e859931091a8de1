package org.usertasks.identity;

import org.junit.jupiter.api.condition.EnabledIf;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.usertasks.PostgresTestDatabase;

/**
 * {@link ApiKeyCacheApiTests} on a real PostgreSQL server, the database several instances
 * share. The context is closed afterwards (no other class shares it) so that its
 * connection pool does not hold server connections for the rest of the run.
 */
@EnabledIf("org.usertasks.PostgresTestDatabase#configured")
@DirtiesContext
class PostgresApiKeyCacheApiTests extends ApiKeyCacheApiTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		PostgresTestDatabase.register(registry);
	}

}

package org.usertasks.task;

import org.junit.jupiter.api.condition.EnabledIf;

/**
 * {@link TaskRequestValidationTests} on a real PostgreSQL server.
 */
@EnabledIf("org.usertasks.PostgresTestDatabase#configured")
class PostgresTaskRequestValidationTests extends TaskRequestValidationTests implements OnPostgres {

}

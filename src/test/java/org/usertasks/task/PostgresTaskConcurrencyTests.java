package org.usertasks.task;

import org.junit.jupiter.api.condition.EnabledIf;

/**
 * {@link TaskConcurrencyTests} on a real PostgreSQL server.
 */
@EnabledIf("org.usertasks.PostgresTestDatabase#configured")
class PostgresTaskConcurrencyTests extends TaskConcurrencyTests implements OnPostgres {

}

package org.usertasks.task;

import org.junit.jupiter.api.condition.EnabledIf;

/**
 * {@link TaskHistoryTests} on a real PostgreSQL server.
 */
@EnabledIf("org.usertasks.PostgresTestDatabase#configured")
class PostgresTaskHistoryTests extends TaskHistoryTests implements OnPostgres {

}

package org.usertasks.task;

import org.junit.jupiter.api.condition.EnabledIf;

/**
 * {@link TaskRequestLeniencyTests} on a real PostgreSQL server.
 */
@EnabledIf("org.usertasks.PostgresTestDatabase#configured")
class PostgresTaskRequestLeniencyTests extends TaskRequestLeniencyTests implements OnPostgres {

}

package org.usertasks.task;

import org.junit.jupiter.api.condition.EnabledIf;

/**
 * {@link TaskConditionalRequestTests} on a real PostgreSQL server.
 */
@EnabledIf("org.usertasks.PostgresTestDatabase#configured")
class PostgresTaskConditionalRequestTests extends TaskConditionalRequestTests implements OnPostgres {

}

package org.usertasks.task;

import org.junit.jupiter.api.condition.EnabledIf;

/**
 * {@link DeadlineReminderTests} on a real PostgreSQL server.
 */
@EnabledIf("org.usertasks.PostgresTestDatabase#configured")
class PostgresDeadlineReminderTests extends DeadlineReminderTests implements OnPostgres {

}

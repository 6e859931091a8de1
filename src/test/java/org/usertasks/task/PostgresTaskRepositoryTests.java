package org.usertasks.task;

import org.junit.jupiter.api.condition.EnabledIf;

/**
 * {@link TaskRepositoryTests} on a real PostgreSQL server, which keeps microseconds only
 * and answers timestamps in UTC.
 */
@EnabledIf("org.usertasks.PostgresTestDatabase#configured")
class PostgresTaskRepositoryTests extends TaskRepositoryTests implements OnPostgres {

}

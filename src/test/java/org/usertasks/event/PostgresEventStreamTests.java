package org.usertasks.event;

import org.junit.jupiter.api.condition.EnabledIf;

import org.usertasks.task.OnPostgres;

/**
 * {@link EventStreamTests} on a real PostgreSQL server.
 */
@EnabledIf("org.usertasks.PostgresTestDatabase#configured")
class PostgresEventStreamTests extends EventStreamTests implements OnPostgres {

}

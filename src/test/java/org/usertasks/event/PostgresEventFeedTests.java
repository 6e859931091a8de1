package org.usertasks.event;

import org.junit.jupiter.api.condition.EnabledIf;

import org.usertasks.task.OnPostgres;

/**
 * {@link EventFeedTests} on a real PostgreSQL server.
 */
@EnabledIf("org.usertasks.PostgresTestDatabase#configured")
class PostgresEventFeedTests extends EventFeedTests implements OnPostgres {

}

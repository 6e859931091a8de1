package org.usertasks.task;

import org.junit.jupiter.api.condition.EnabledIf;

/**
 * {@link TaskWireFormatTests} on a real PostgreSQL server, which keeps neither offsets
 * nor 100 ns fractions by itself.
 */
@EnabledIf("org.usertasks.PostgresTestDatabase#configured")
class PostgresTaskWireFormatTests extends TaskWireFormatTests implements OnPostgres {

}

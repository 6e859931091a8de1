package org.usertasks.bulk;

import org.junit.jupiter.api.condition.EnabledIf;
import org.usertasks.task.OnPostgres;

/**
 * {@link BulkApiTests} on a real PostgreSQL server.
 */
@EnabledIf("org.usertasks.PostgresTestDatabase#configured")
class PostgresBulkApiTests extends BulkApiTests implements OnPostgres {

}

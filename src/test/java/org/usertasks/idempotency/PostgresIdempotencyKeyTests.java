package org.usertasks.idempotency;

import org.junit.jupiter.api.condition.EnabledIf;
import org.usertasks.task.OnPostgres;

/**
 * {@link IdempotencyKeyTests} on a real PostgreSQL server, where two requests racing for
 * one key meet at the primary key in another way than on H2.
 */
@EnabledIf("org.usertasks.PostgresTestDatabase#configured")
class PostgresIdempotencyKeyTests extends IdempotencyKeyTests implements OnPostgres {

}

package org.usertasks.idempotency;

import org.junit.jupiter.api.condition.EnabledIf;
import org.usertasks.task.OnPostgres;

/**
 * {@link IdempotencyRepositoryTests} on a real PostgreSQL server, which reports a taken
 * key with its own SQL state.
 */
@EnabledIf("org.usertasks.PostgresTestDatabase#configured")
class PostgresIdempotencyRepositoryTests extends IdempotencyRepositoryTests implements OnPostgres {

}

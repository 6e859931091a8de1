package org.usertasks.webhook;

import org.junit.jupiter.api.condition.EnabledIf;

import org.usertasks.task.OnPostgres;

/**
 * {@link WebhookRecoveryTests} on a real PostgreSQL server.
 */
@EnabledIf("org.usertasks.PostgresTestDatabase#configured")
class PostgresWebhookRecoveryTests extends WebhookRecoveryTests implements OnPostgres {

}

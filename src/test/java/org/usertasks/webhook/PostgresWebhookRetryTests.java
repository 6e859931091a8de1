package org.usertasks.webhook;

import org.junit.jupiter.api.condition.EnabledIf;

import org.usertasks.task.OnPostgres;

/**
 * {@link WebhookRetryTests} on a real PostgreSQL server.
 */
@EnabledIf("org.usertasks.PostgresTestDatabase#configured")
class PostgresWebhookRetryTests extends WebhookRetryTests implements OnPostgres {

}

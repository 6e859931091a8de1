package org.usertasks.webhook;

import org.junit.jupiter.api.condition.EnabledIf;

import org.usertasks.task.OnPostgres;

/**
 * {@link WebhookOrderTests} on a real PostgreSQL server.
 */
@EnabledIf("org.usertasks.PostgresTestDatabase#configured")
class PostgresWebhookOrderTests extends WebhookOrderTests implements OnPostgres {

}

package org.usertasks.webhook;

import org.junit.jupiter.api.condition.EnabledIf;

import org.usertasks.task.OnPostgres;

/**
 * {@link WebhookDeliveryLogTests} on a real PostgreSQL server.
 */
@EnabledIf("org.usertasks.PostgresTestDatabase#configured")
class PostgresWebhookDeliveryLogTests extends WebhookDeliveryLogTests implements OnPostgres {

}

package org.usertasks.webhook;

import org.junit.jupiter.api.condition.EnabledIf;

import org.usertasks.task.OnPostgres;

/**
 * {@link WebhookDeliveryTests} on a real PostgreSQL server.
 */
@EnabledIf("org.usertasks.PostgresTestDatabase#configured")
class PostgresWebhookDeliveryTests extends WebhookDeliveryTests implements OnPostgres {

}

/**
 * Webhooks in Struct's shape: subscriptions managed by admins under {@code /v1/webhooks},
 * a delivery queued for each matching event in the event's own transaction, and a
 * dispatcher that POSTs them signed, in order per task, with retries, from any number of
 * instances. Uses {@code event} and {@code system}; nothing uses it.
 */
@NullMarked
package org.usertasks.webhook;

import org.jspecify.annotations.NullMarked;

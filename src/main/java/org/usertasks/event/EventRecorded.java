package org.usertasks.event;

/**
 * Published inside the transaction that wrote an event to the outbox, so that deliveries
 * (webhooks) can be queued in the same transaction.
 */
public record EventRecorded(OutboxEvent event) {
}

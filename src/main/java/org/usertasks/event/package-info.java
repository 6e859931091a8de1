/**
 * Events out: every task change becomes an event in a transactional outbox, written in
 * the same transaction as the change, and readable as a feed. Reacts to the events of
 * {@code task} and {@code comment}; neither knows it.
 */
@NullMarked
package org.usertasks.event;

import org.jspecify.annotations.NullMarked;

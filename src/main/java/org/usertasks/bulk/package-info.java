/**
 * Bulk actions: one action (status change, assign, unassign, comment, delete) applied to
 * up to 1,000 tasks, each task in a transaction of its own, with a result per task. Uses
 * {@code task}, {@code comment} and {@code identity}; nothing uses it.
 */
@NullMarked
package org.usertasks.bulk;

import org.jspecify.annotations.NullMarked;

package org.usertasks.identity;

/**
 * Published inside the transaction that deletes a user, before the delete: the user's
 * task assignments go with it (a cascade), so the tasks that show them change.
 */
public record UserDeleting(String userId) {
}

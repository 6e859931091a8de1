package org.usertasks.identity;

import java.util.UUID;

/**
 * Published inside the transaction that deletes a group, before the delete: the group's
 * task assignments go with it (a cascade), so the tasks that show them change.
 */
public record UserGroupDeleting(UUID groupUid) {
}

package org.usertasks.identity;

import org.usertasks.system.ConflictException;

/**
 * The change would leave the service with no working admin key, and so with nobody able
 * to administer it.
 */
class LastAdminKeyException extends ConflictException {

	LastAdminKeyException(String what) {
		super("last-admin-key", what + " would leave no working admin API key. Create another admin key first.");
	}

}

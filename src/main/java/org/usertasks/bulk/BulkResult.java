package org.usertasks.bulk;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a bulk action did to one task.
 *
 * @param result ok, notFound, conflict, forbidden or invalid
 * @param detail why, when the result is not ok
 */
record BulkResult(UUID uid, String result, @Nullable String detail) {

	static BulkResult ok(UUID uid) {
		return new BulkResult(uid, "ok", null);
	}

}

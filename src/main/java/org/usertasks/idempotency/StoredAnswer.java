package org.usertasks.idempotency;

import org.jspecify.annotations.Nullable;

/**
 * What is kept of a request sent with an Idempotency-Key.
 *
 * @param status null while the first request is still being handled
 */
record StoredAnswer(String requestHash, @Nullable Integer status, @Nullable String contentType, @Nullable String body) {
}

/**
 * Safe retries of POST requests: a request sent again with the same
 * {@code Idempotency-Key} header gets the answer the first one got, instead of acting
 * twice. Uses {@code system} and Spring Security's view of the caller; no feature uses
 * it.
 */
@NullMarked
package org.usertasks.idempotency;

import org.jspecify.annotations.NullMarked;

/**
 * Cross-cutting plumbing only: JSON wire format, problem details for every error, request
 * limits, API documentation and the start-up banner. Features may use this package; it
 * uses none of them.
 */
@NullMarked
package org.usertasks.system;

import org.jspecify.annotations.NullMarked;

/**
 * Example data for a first look ({@code USERTASKS_DEMO=true}): a few users and groups and
 * the example tasks of Struct's API reference. Uses the public services of
 * {@code identity}, {@code task} and {@code comment}; nothing uses it.
 */
@NullMarked
package org.usertasks.demo;

import org.jspecify.annotations.NullMarked;

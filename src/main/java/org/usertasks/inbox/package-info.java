/**
 * The web inbox: server-rendered pages (Thymeleaf, htmx) where people find and work their
 * tasks. Built on {@code task}, {@code comment} and {@code identity}; nothing depends on
 * it.
 */
@NullMarked
package org.usertasks.inbox;

import org.jspecify.annotations.NullMarked;

/**
 * The web inbox: server-rendered pages where people find, read and work their tasks (the
 * inbox list, a task's page, the task forms). Uses {@code task}, {@code comment},
 * {@code identity} and {@code system}; no other feature knows it.
 */
@NullMarked
package org.usertasks.inbox;

import org.jspecify.annotations.NullMarked;

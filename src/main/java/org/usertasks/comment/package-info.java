/**
 * The comment thread of a task: adding, editing and removing comments through Struct's
 * {@code /v1/usertasks/{uid}/comments} endpoints. Uses {@code task} (a comment belongs to
 * a task and changes it) and {@code identity} (who wrote it); the task's read model shows
 * the thread.
 */
@NullMarked
package org.usertasks.comment;

import org.jspecify.annotations.NullMarked;

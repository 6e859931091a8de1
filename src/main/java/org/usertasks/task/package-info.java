/**
 * User tasks: the Struct v1 {@code /v1/usertasks} endpoints, the task's state and its
 * children (assigned users and groups, attached entities). The task's read model also
 * carries its comment thread, read from the comment table that the {@code comment}
 * feature writes. Uses {@code identity} (who calls, which users and groups exist) and
 * {@code system}; it knows no other feature.
 */
@NullMarked
package org.usertasks.task;

import org.jspecify.annotations.NullMarked;

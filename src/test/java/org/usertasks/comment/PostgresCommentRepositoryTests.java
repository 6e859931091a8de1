package org.usertasks.comment;

import org.junit.jupiter.api.condition.EnabledIf;
import org.usertasks.task.OnPostgres;

/**
 * {@link CommentRepositoryTests} on a real PostgreSQL server.
 */
@EnabledIf("org.usertasks.PostgresTestDatabase#configured")
class PostgresCommentRepositoryTests extends CommentRepositoryTests implements OnPostgres {

}

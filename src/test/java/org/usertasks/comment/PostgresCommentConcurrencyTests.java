package org.usertasks.comment;

import org.junit.jupiter.api.condition.EnabledIf;
import org.usertasks.task.OnPostgres;

/**
 * {@link CommentConcurrencyTests} on a real PostgreSQL server.
 */
@EnabledIf("org.usertasks.PostgresTestDatabase#configured")
class PostgresCommentConcurrencyTests extends CommentConcurrencyTests implements OnPostgres {

}

package org.usertasks.comment;

import org.junit.jupiter.api.condition.EnabledIf;
import org.usertasks.task.OnPostgres;

/**
 * {@link CommentApiTests} on a real PostgreSQL server.
 */
@EnabledIf("org.usertasks.PostgresTestDatabase#configured")
class PostgresCommentApiTests extends CommentApiTests implements OnPostgres {

}

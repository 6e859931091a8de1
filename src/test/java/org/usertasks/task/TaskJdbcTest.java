package org.usertasks.task;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;

/**
 * A {@code @JdbcTest} of the task SQL against the configured database (H2 in PostgreSQL
 * mode, or PostgreSQL for the classes that implement {@link OnPostgres}), migrated by
 * Flyway; each test runs in a transaction that is rolled back. Classes with this
 * annotation share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ TaskRepository.class, TaskQueries.class, StatementCounter.class })
@interface TaskJdbcTest {

}

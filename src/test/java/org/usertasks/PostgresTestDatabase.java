package org.usertasks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real PostgreSQL server for the tests that run on it, named by
 * {@code USERTASKS_TEST_POSTGRES_URL} (with {@code USERTASKS_TEST_POSTGRES_USER}, default
 * postgres, and {@code USERTASKS_TEST_POSTGRES_PASSWORD}, default empty). Each Spring
 * context gets a schema of its own, dropped when the test JVM ends.
 */
public final class PostgresTestDatabase {

	private static final List<String> SCHEMAS = new CopyOnWriteArrayList<>();

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(PostgresTestDatabase::dropSchemas));
	}

	private PostgresTestDatabase() {
	}

	/**
	 * Whether a PostgreSQL server is configured; the PostgreSQL test classes run only
	 * then.
	 */
	public static boolean configured() {
		String url = System.getenv("USERTASKS_TEST_POSTGRES_URL");
		return url != null && !url.isBlank();
	}

	/**
	 * Points the datasource at a new, empty schema; Flyway migrates it when the context
	 * starts.
	 */
	public static void register(DynamicPropertyRegistry registry) {
		String schema = createSchema();
		String url = url();
		registry.add("spring.datasource.url", () -> url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
		registry.add("spring.datasource.username", PostgresTestDatabase::user);
		registry.add("spring.datasource.password", PostgresTestDatabase::password);
		registry.add("spring.flyway.schemas", () -> schema);
	}

	private static String createSchema() {
		String schema = "ut_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
		execute("create schema " + schema);
		SCHEMAS.add(schema);
		return schema;
	}

	private static void dropSchemas() {
		for (String schema : SCHEMAS) {
			try {
				execute("drop schema if exists " + schema + " cascade");
			}
			catch (IllegalStateException ex) {
				// The server may be gone already at shutdown; an orphan test schema is
				// harmless.
			}
		}
	}

	private static void execute(String sql) {
		try (Connection connection = DriverManager.getConnection(url(), user(), password());
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("PostgreSQL at " + url() + " failed: " + sql, ex);
		}
	}

	private static String url() {
		return System.getenv("USERTASKS_TEST_POSTGRES_URL");
	}

	private static String user() {
		String user = System.getenv("USERTASKS_TEST_POSTGRES_USER");
		return (user != null) ? user : "postgres";
	}

	private static String password() {
		String password = System.getenv("USERTASKS_TEST_POSTGRES_PASSWORD");
		return (password != null) ? password : "";
	}

}

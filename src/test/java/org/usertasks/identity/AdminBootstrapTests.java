package org.usertasks.identity;

import java.util.List;
import java.util.UUID;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.usertasks.ApiClient;
import org.usertasks.UserTasksApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first admin key of a fresh installation, checked by starting the whole service
 * against a database of its own, as an operator would.
 */
@ExtendWith(OutputCaptureExtension.class)
class AdminBootstrapTests {

	/** A key made by the service: "ut_" and 32 random bytes, base64url. */
	private static final Pattern GENERATED_KEY = Pattern.compile("ut_[A-Za-z0-9_-]{43}");

	@Test
	void configuredKeyIsAnAdminKeyOfTheAdminUserAndIsNotLogged(CapturedOutput output) {
		try (ConfigurableApplicationContext service = start(newDatabase(), "operator-chosen-key-0123456789")) {
			ApiClient operator = client(service, "operator-chosen-key-0123456789");

			ApiClient.Response keys = operator.get("/v1/apikeys");

			assertThat(keys.status()).as(keys.body()).isEqualTo(200);
			assertThat(keys.json().size()).isEqualTo(1);
			assertThat(keys.json().get(0).get("UserId").asString()).isEqualTo("admin");
			assertThat(keys.json().get(0).get("Admin").asBoolean()).isTrue();
			JsonNode admin = operator.get("/v1/users/admin").json();
			assertThat(admin.get("Status").asInt()).isEqualTo(1);
			assertThat(admin.get("Roles").get(0).asString()).isEqualTo("Admin");
			assertThat(output.getOut()).doesNotContain("operator-chosen-key-0123456789");
			assertThat(GENERATED_KEY.matcher(output.getOut()).find()).isFalse();
		}
	}

	@Test
	void printsARandomAdminKeyOnceWithHowToUseItWhenNoneIsConfigured(CapturedOutput output) {
		try (ConfigurableApplicationContext service = start(newDatabase(), "")) {
			String key = theOnlyPrintedKey(output);

			ApiClient.Response keys = client(service, key).get("/v1/apikeys");

			assertThat(keys.status()).as(keys.body()).isEqualTo(200);
			assertThat(keys.json().size()).isEqualTo(1);
			assertThat(keys.json().get(0).get("Admin").asBoolean()).isTrue();
			List<String> linesWithKey = output.getOut().lines().filter((line) -> line.contains(key)).toList();
			assertThat(linesWithKey).singleElement()
				.asString()
				.contains("shown once")
				.contains("Authorization: " + key);
		}
	}

	@Test
	void secondStartWithAWorkingAdminKeyCreatesNoNewKey(CapturedOutput output) {
		String database = newDatabase();
		String firstKey;
		try (ConfigurableApplicationContext first = start(database, "")) {
			firstKey = theOnlyPrintedKey(output);
		}

		try (ConfigurableApplicationContext second = start(database, "")) {
			ApiClient.Response keys = client(second, firstKey).get("/v1/apikeys");

			assertThat(keys.status()).as(keys.body()).isEqualTo(200);
			assertThat(keys.json().size()).isEqualTo(1);
			assertThat(theOnlyPrintedKey(output)).isEqualTo(firstKey);
		}
	}

	/**
	 * Starts the service on a random port; command-line arguments, because they win over
	 * the test configuration's bootstrap key and datasource.
	 */
	private static ConfigurableApplicationContext start(String databaseUrl, String bootstrapKey) {
		return new SpringApplicationBuilder(UserTasksApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + databaseUrl, "--usertasks.bootstrap.api-key=" + bootstrapKey);
	}

	/** An in-memory H2 that outlives its connections, so that a second start finds it. */
	private static String newDatabase() {
		return "jdbc:h2:mem:bootstrap-" + UUID.randomUUID()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
	}

	private static ApiClient client(ConfigurableApplicationContext service, String key) {
		return ApiClient.onPort(service.getEnvironment().getRequiredProperty("local.server.port", Integer.class), key);
	}

	private static String theOnlyPrintedKey(CapturedOutput output) {
		List<String> printed = GENERATED_KEY.matcher(output.getOut())
			.results()
			.map(MatchResult::group)
			.distinct()
			.toList();
		assertThat(printed).as("generated keys in the log").hasSize(1);
		return printed.get(0);
	}

}

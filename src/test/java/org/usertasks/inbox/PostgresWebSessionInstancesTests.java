package org.usertasks.inbox;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.usertasks.UserTasksApplication;
import org.usertasks.WebSession;
import org.usertasks.identity.SignInService;
import org.usertasks.task.OnPostgres;
import org.usertasks.task.TaskApiTestSupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the service on one PostgreSQL database, as behind a load balancer
 * without sticky sessions: a person signed in on one is signed in on the other, and
 * signing out on one signs them out on both.
 */
@EnabledIf("org.usertasks.PostgresTestDatabase#configured")
class PostgresWebSessionInstancesTests extends TaskApiTestSupport implements OnPostgres {

	private static final String PASSWORD = "correct horse battery";

	@Autowired
	private Environment environment;

	@Autowired
	private SignInService signIn;

	private ConfigurableApplicationContext secondInstance;

	private int secondPort;

	@BeforeEach
	void startASecondInstanceOnTheSameDatabase() {
		this.secondInstance = new SpringApplicationBuilder(UserTasksApplication.class).run("--server.port=0",
				"--spring.jmx.enabled=false",
				"--spring.datasource.url=" + this.environment.getProperty("spring.datasource.url"),
				"--spring.datasource.username=" + this.environment.getProperty("spring.datasource.username"),
				"--spring.datasource.password=" + this.environment.getProperty("spring.datasource.password"),
				"--spring.flyway.schemas=" + this.environment.getProperty("spring.flyway.schemas"));
		this.secondPort = ((WebServerApplicationContext) this.secondInstance).getWebServer().getPort();
	}

	@AfterEach
	void stopTheSecondInstance() {
		this.secondInstance.close();
	}

	@Test
	void aSessionStartedOnOneInstanceWorksOnTheOtherUntilSignOut() {
		createUser("ann", "Ann", "Andersen");
		this.signIn.setPassword("ann", PASSWORD);
		assignedTask("Translate the sofa");

		WebSession first = WebSession.signedIn(this.port, "ann", PASSWORD);
		WebSession second = first.atPort(this.secondPort);

		WebSession.Page inbox = second.get("/");
		assertThat(inbox.status()).isEqualTo(200);
		assertThat(Jsoup.parse(inbox.body()).select(".task-link").eachText()).containsExactly("Translate the sofa");

		assertThat(second.post("/logout", java.util.Map.of()).location()).endsWith("/login?signedOut");
		assertThat(first.get("/").status()).isEqualTo(302);
	}

	private void assignedTask(String title) {
		assertThat(this.admin.post("/v1/usertasks", "{\"Title\": \"" + title + "\", \"AssignedUsers\": [\"ann\"]}")
			.status()).isEqualTo(200);
	}

}

package org.usertasks.webhook;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.test.util.ReflectionTestUtils;
import org.usertasks.UserTasksApplication;
import org.usertasks.task.OnPostgres;
import org.usertasks.task.SettableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of the service on one PostgreSQL database share the delivery queue: each
 * event reaches a webhook once, and the events of a task still in order.
 */
@EnabledIf("org.usertasks.PostgresTestDatabase#configured")
class PostgresWebhookInstancesTests extends WebhookTestSupport implements OnPostgres {

	@Autowired
	private Environment environment;

	private ConfigurableApplicationContext secondInstance;

	@BeforeEach
	void startASecondInstanceOnTheSameDatabase() {
		SettableClock clock = this.clock;
		this.secondInstance = new SpringApplicationBuilder(UserTasksApplication.class)
			.initializers((context) -> ((GenericApplicationContext) context).registerBean("secondInstanceClock",
					SettableClock.class, () -> clock, (definition) -> definition.setPrimary(true)))
			.run("--server.port=0", "--spring.jmx.enabled=false",
					"--spring.datasource.url=" + this.environment.getProperty("spring.datasource.url"),
					"--spring.datasource.username=" + this.environment.getProperty("spring.datasource.username"),
					"--spring.datasource.password=" + this.environment.getProperty("spring.datasource.password"),
					"--spring.flyway.schemas=" + this.environment.getProperty("spring.flyway.schemas"));
	}

	@AfterEach
	void stopTheSecondInstance() {
		this.secondInstance.close();
	}

	@Test
	void deliversEachEventOnceWhileTwoInstancesPollTheQueue() {
		String hook = createWebhook();
		this.receiver.delay(Duration.ofMillis(20));
		List<String> tasks = new ArrayList<>();

		for (int i = 0; i < 15; i++) {
			String uid = createTask("Task " + i);
			putTask("{\"Uid\": \"" + uid + "\", \"Title\": \"Task " + i + " renamed\"}");
			tasks.add(uid);
		}

		eventually().until(() -> this.receiver.requests().size() >= 30);
		await().during(Duration.ofMillis(500))
			.atMost(Duration.ofSeconds(3))
			.until(() -> this.receiver.requests().size() == 30);
		Map<String, Long> perRequestUid = this.receiver.requests()
			.stream()
			.collect(Collectors.groupingBy(WebhookReceiver.Received::requestUid, Collectors.counting()));
		assertThat(perRequestUid).hasSize(30).allSatisfy((uid, count) -> assertThat(count).isEqualTo(1));
		assertThat(this.jdbc.sql("select count(*) from webhook_delivery where state = 'delivered'")
			.query(Long.class)
			.single()).isEqualTo(30);
		assertThat(webhooksTakenBy(this.secondInstance.getBean(WebhookDispatcher.class))).as("second instance")
			.contains(UUID.fromString(hook));
		for (String task : tasks) {
			assertThat(eventKeys(
					this.receiver.requests().stream().filter((request) -> request.body().contains(task)).toList()))
				.containsExactly("usertasks:created", "usertasks:updated");
		}
	}

	/** The webhooks an instance's dispatcher has taken deliveries of. */
	@SuppressWarnings("unchecked")
	private static Set<UUID> webhooksTakenBy(WebhookDispatcher dispatcher) {
		return ((Map<UUID, ?>) ReflectionTestUtils.getField(dispatcher, "inFlight")).keySet();
	}

}

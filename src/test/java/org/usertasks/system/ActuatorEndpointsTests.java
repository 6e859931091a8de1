package org.usertasks.system;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.usertasks.ApiClient;
import org.usertasks.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.usertasks.system.ProblemAssertions.assertProblem;

/**
 * Health is open, so that load balancers and orchestrators can probe it; metrics tell a
 * lot about the service and need an admin key.
 */
class ActuatorEndpointsTests extends ApiTestSupport {

	private static final String PROMETHEUS = "/actuator/prometheus";

	@Test
	void reportsHealthUpWithoutAKey() {
		ApiClient anonymous = this.admin.as(null);

		ApiClient.Response response = anonymous.get("/actuator/health");

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.json().get("status").asString()).isEqualTo("UP");
	}

	@Test
	void answersTheLivenessAndReadinessProbesWithoutAKey() {
		ApiClient anonymous = this.admin.as(null);

		JsonNode liveness = anonymous.get("/actuator/health/liveness").json();
		JsonNode readiness = anonymous.get("/actuator/health/readiness").json();

		assertThat(liveness.get("status").asString()).isEqualTo("UP");
		assertThat(readiness.get("status").asString()).isEqualTo("UP");
	}

	@Test
	void answers401ForMetricsWithoutAKey() {
		ApiClient anonymous = this.admin.as(null);

		ApiClient.Response response = anonymous.get(PROMETHEUS);

		assertProblem(response, 401, "unauthorized", PROMETHEUS);
	}

	@Test
	void answers403ForMetricsWithAUserKey() {
		createUser("7", "Ann", "Lee");
		ApiClient user = this.admin.as(createKey("7", false));

		ApiClient.Response response = user.get(PROMETHEUS);

		assertProblem(response, 403, "forbidden", PROMETHEUS);
	}

	@Test
	void servesPrometheusMetricsWithAnAdminKey() {
		ApiClient admin = this.admin;

		ApiClient.Response response = admin.get(PROMETHEUS);

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.contentType())
			.hasValueSatisfying((contentType) -> assertThat(contentType).startsWith("text/plain"));
		assertThat(response.body()).contains("# TYPE jvm_memory_used_bytes gauge");
	}

}

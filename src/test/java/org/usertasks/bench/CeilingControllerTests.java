package org.usertasks.bench;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.usertasks.ApiClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The framework ceiling exists only when benchmarking, and then answers without a key.
 */
class CeilingControllerTests {

	@Nested
	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
	class ByDefault {

		@LocalServerPort
		int port;

		@Test
		void hasNoCeilingEndpoint() {
			ApiClient anonymous = ApiClient.onPort(this.port, null);
			ApiClient admin = ApiClient.onPort(this.port, "test-admin-key");

			ApiClient.Response withoutKey = anonymous.get("/bench/ceiling");
			ApiClient.Response withKey = admin.get("/bench/ceiling");

			assertThat(withoutKey.status()).isEqualTo(401);
			assertThat(withKey.status()).isEqualTo(404);
		}

	}

	@Nested
	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = "usertasks.bench.ceiling-enabled=true")
	class WhenEnabled {

		@LocalServerPort
		int port;

		@Test
		void answersGetAndPostWithFixedJsonWithoutKey() {
			ApiClient anonymous = ApiClient.onPort(this.port, null);

			ApiClient.Response get = anonymous.get("/bench/ceiling");
			ApiClient.Response post = anonymous.post("/bench/ceiling", "{\"Comment\": \"Started.\"}");

			assertThat(get.status()).isEqualTo(200);
			assertThat(get.contentType()).hasValue("application/json");
			assertThat(get.body()).hasSizeBetween(500, 700).startsWith("{\"Uid\":");
			assertThat(post.status()).isEqualTo(200);
			assertThat(post.body()).isEqualTo(get.body());
		}

		@Test
		void leavesTheApiBehindItsKey() {
			ApiClient anonymous = ApiClient.onPort(this.port, null);

			ApiClient.Response tasks = anonymous.get("/v1/usertasks");

			assertThat(tasks.status()).isEqualTo(401);
		}

	}

}

package org.usertasks.system;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.usertasks.ApiClient;
import org.usertasks.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each problem {@code type} URI is a page the service serves itself, to anyone, so that a
 * client's developer can follow the link from an error.
 */
class ProblemPageTests extends ApiTestSupport {

	@ParameterizedTest
	@EnumSource(ProblemType.class)
	void servesAnHtmlPageForEveryProblemTypeWithoutAKey(ProblemType type) {
		ApiClient anonymous = this.admin.as(null);

		ApiClient.Response response = anonymous.get(type.uri().toString());

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.contentType())
			.hasValueSatisfying((contentType) -> assertThat(contentType).startsWith("text/html"));
		assertThat(response.body()).contains("<h1>" + type.title() + " (" + type.status().value() + ")</h1>")
			.contains("type: /problems/" + type.slug());
	}

	@Test
	void answers404ForAnUnknownProblemType() {
		ApiClient anonymous = this.admin.as(null);

		ApiClient.Response response = anonymous.get("/problems/no-such-problem");

		assertThat(response.status()).isEqualTo(404);
	}

}

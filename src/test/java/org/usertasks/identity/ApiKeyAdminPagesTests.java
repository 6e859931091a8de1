package org.usertasks.identity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.usertasks.ApiClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The API keys admin page: a new key is shown once and works, the list never shows a
 * secret, revoking stops a key, and the last admin key cannot be revoked.
 */
class ApiKeyAdminPagesTests extends AdminPagesTestSupport {

	@Test
	void showsANewKeyOnceThenListsItWithoutTheSecret() throws Exception {
		createUser("ann", "Ann", "Lee");

		String answer = this.mvc
			.perform(post("/admin/apikeys").with(asAdmin())
				.with(csrf())
				.param("userId", "ann")
				.param("name", "Importer")
				.param("admin", "true"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		Matcher shown = Pattern.compile("id=\"new-api-key\" class=\"secret\">(ut_[^<]+)<").matcher(answer);
		assertThat(shown.find()).as(answer).isTrue();
		String key = shown.group(1);
		assertThat(answer).contains("Copy the key now");
		ApiClient.Response asAnn = this.admin.as(key).get("/v1/apikeys");
		assertThat(asAnn.status()).as("the new key is an admin key").isEqualTo(200);
		String list = this.mvc.perform(get("/admin/apikeys").with(asAdmin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).contains("Importer", ">ann</a>").doesNotContain(key).doesNotContain("new-api-key");
	}

	@Test
	void revokesAKey() throws Exception {
		createUser("ann", "Ann", "Lee");
		String key = createKey("ann", false);
		JsonNode listed = this.admin.get("/v1/apikeys").json();
		String uid = listed.valueStream()
			.filter((entry) -> entry.get("UserId").asString().equals("ann"))
			.findFirst()
			.orElseThrow()
			.get("Uid")
			.asString();

		this.mvc.perform(post("/admin/apikeys/" + uid + "/revoke").with(asAdmin()).with(csrf()))
			.andExpect(redirectedUrl("/admin/apikeys"));

		assertThat(this.admin.as(key).get("/v1/users").status()).isEqualTo(401);
	}

	@Test
	void refusesToRevokeTheLastAdminKeyWithAClearMessage() throws Exception {
		String uid = this.admin.get("/v1/apikeys").json().get(0).get("Uid").asString();

		this.mvc.perform(post("/admin/apikeys/" + uid + "/revoke").with(asAdmin()).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("would leave no working admin API key")));

		assertThat(this.admin.get("/v1/apikeys").status()).isEqualTo(200);
	}

	@Test
	void refusesAKeyForAnUnknownUserWith400() throws Exception {
		this.mvc.perform(post("/admin/apikeys").with(asAdmin()).with(csrf()).param("userId", "nobody"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("no user with Uid")));
	}

}

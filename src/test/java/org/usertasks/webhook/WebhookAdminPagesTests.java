package org.usertasks.webhook;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.usertasks.identity.CurrentUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The webhooks admin pages: creating and editing through the form (the secret stays when
 * left blank), deleting, and the delivery log with one request's payload and a
 * redelivery, against a real receiver on localhost.
 */
class WebhookAdminPagesTests extends WebhookTestSupport {

	@Autowired
	private WebApplicationContext context;

	@Autowired
	private WebhookRepository webhooks;

	private MockMvc mvc;

	@BeforeEach
	void buildMockMvcWithSecurity() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	@Test
	void createsAWebhookThroughTheForm() throws Exception {
		this.mvc.perform(get("/admin/webhooks/new").with(asAdmin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("usertasks:statuschanged")));

		String location = this.mvc
			.perform(post("/admin/webhooks").with(asAdmin())
				.with(csrf())
				.param("title", "CRM")
				.param("url", this.receiver.url())
				.param("active", "true")
				.param("secret", "s3cret")
				.param("events", "usertasks:created", "usertasks:commented")
				.param("headerNames", "X-Token", "", "")
				.param("headerValues", "abc", "", ""))
			.andExpect(redirectedUrlPattern("/admin/webhooks/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		String uid = location.substring("/admin/webhooks/".length());
		JsonNode webhook = this.admin.get("/v1/webhooks/" + uid).json();
		assertThat(webhook.get("Title").asString()).isEqualTo("CRM");
		assertThat(webhook.get("Url").asString()).isEqualTo(this.receiver.url());
		assertThat(webhook.get("Active").asBoolean()).isTrue();
		assertThat(webhook.get("EnabledEvents").toString())
			.isEqualTo("[\"usertasks:created\",\"usertasks:commented\"]");
		assertThat(webhook.get("RequestHeaders").toString()).isEqualTo("[{\"Name\":\"X-Token\",\"Value\":\"abc\"}]");
		assertThat(storedSecret(uid)).isEqualTo("s3cret");
		String list = this.mvc.perform(get("/admin/webhooks").with(asAdmin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).contains("<h1>Webhooks</h1>", "CRM", this.receiver.url(),
				"usertasks:created, usertasks:commented");
	}

	@Test
	void keepsTheSecretWhenTheEditLeavesItBlank() throws Exception {
		String uid = createWebhook("s3cret", "usertasks:*");
		this.mvc.perform(get("/admin/webhooks/" + uid + "/edit").with(asAdmin()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("s3cret"))));

		this.mvc
			.perform(post("/admin/webhooks/" + uid).with(asAdmin())
				.with(csrf())
				.param("title", "Renamed")
				.param("url", this.receiver.url())
				.param("secret", "")
				.param("events", "usertasks:deleted"))
			.andExpect(redirectedUrl("/admin/webhooks/" + uid));

		JsonNode webhook = this.admin.get("/v1/webhooks/" + uid).json();
		assertThat(webhook.get("Title").asString()).isEqualTo("Renamed");
		assertThat(webhook.get("Active").asBoolean()).as("an unchecked box").isFalse();
		assertThat(webhook.get("EnabledEvents").toString()).isEqualTo("[\"usertasks:deleted\"]");
		assertThat(storedSecret(uid)).isEqualTo("s3cret");

		this.mvc
			.perform(post("/admin/webhooks/" + uid).with(asAdmin())
				.with(csrf())
				.param("url", this.receiver.url())
				.param("secret", "new secret"))
			.andExpect(redirectedUrl("/admin/webhooks/" + uid));
		assertThat(storedSecret(uid)).isEqualTo("new secret");
	}

	@Test
	void showsTheFormAgainWhenTheUrlIsRefused() throws Exception {
		this.mvc
			.perform(post("/admin/webhooks").with(asAdmin())
				.with(csrf())
				.param("title", "Typed title")
				.param("url", "ftp://example.com/hooks"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("must be an http or https URL")))
			.andExpect(content().string(containsString("value=\"Typed title\"")));

		assertThat(this.admin.get("/v1/webhooks").json().size()).isZero();
	}

	@Test
	void deletesAWebhook() throws Exception {
		String uid = createWebhook();

		this.mvc.perform(post("/admin/webhooks/" + uid + "/delete").with(asAdmin()).with(csrf()))
			.andExpect(redirectedUrl("/admin/webhooks"));

		assertThat(this.admin.get("/v1/webhooks/" + uid).status()).isEqualTo(404);
	}

	@Test
	void showsTheDeliveryLogARequestWithItsPayloadAndRedeliversIt() throws Exception {
		String hook = createWebhook();
		String task = createTask("Check <the> invoice");
		JsonNode delivered = awaitFinished(hook);
		String requestUid = delivered.get("Uid").asString();

		String page = this.mvc.perform(get("/admin/webhooks/" + hook).with(asAdmin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Delivery log", "usertasks:created", ">delivered<", "<td>200</td>",
				"/admin/webhooks/" + hook + "/requests/" + requestUid);
		this.mvc.perform(get("/admin/webhooks/" + hook).param("onlyFailed", "true").with(asAdmin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No failed requests.")));

		String request = this.mvc.perform(get("/admin/webhooks/" + hook + "/requests/" + requestUid).with(asAdmin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(request).contains(task, "Check &lt;the&gt; invoice", "answered 200", "Redeliver");

		this.mvc
			.perform(post("/admin/webhooks/" + hook + "/requests/" + requestUid + "/redeliver").with(asAdmin())
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("queued to be sent again")));
		eventually().untilAsserted(() -> assertThat(this.receiver.requests()).hasSize(2));
		assertThat(this.receiver.requests().get(1).requestUid()).isEqualTo(requestUid);
	}

	@Test
	void answers404ForAnUnknownWebhook() throws Exception {
		this.mvc.perform(get("/admin/webhooks/" + UUID.randomUUID()).with(asAdmin())).andExpect(status().isNotFound());
	}

	private String storedSecret(String uid) {
		return this.webhooks.find(UUID.fromString(uid)).orElseThrow().secret();
	}

	/** Signed in as the bootstrap admin, as the password sign-in builds it. */
	private static RequestPostProcessor asAdmin() {
		return authentication(UsernamePasswordAuthenticationToken.authenticated(
				new CurrentUser("admin", "Admin", Set.of(), true), null,
				List.of(new SimpleGrantedAuthority("ROLE_USER"), new SimpleGrantedAuthority("ROLE_ADMIN"))));
	}

}

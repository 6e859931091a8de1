package org.usertasks.webhook;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import org.usertasks.ApiClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Managing webhooks through Struct's {@code /v1/webhooks}: admins only, WebhookModel in
 * and out, the secret never shown, and only URLs that may be called.
 */
class WebhookApiTests extends WebhookTestSupport {

	@Test
	void answersAWebhookInStructsShapeWithoutItsSecret() {
		String uid = UUID.randomUUID().toString();

		postWebhook(
				"""
						{"Uid": "%s", "Title": "ERP", "Url": "%s", "Active": true, "Secret": "s3cret",
						 "EnabledEvents": ["usertasks:created", "usertasks:commented"],
						 "AdvancedSettings": {"Retries": 5},
						 "RequestHeaders": [{"Name": "X-Tenant", "Value": "acme"}, {"Name": "Authorization", "Value": "Basic eA=="}]}"""
					.formatted(uid, this.receiver.url()));

		JsonNode webhook = webhook(uid);
		assertThat(webhook.propertyNames()).containsExactly("Uid", "Title", "Url", "Active", "Secret", "EnabledEvents",
				"AdvancedSettings", "RequestHeaders");
		assertThat(webhook).isEqualTo(ApiClient
			.parse("""
					{"Uid": "%s", "Title": "ERP", "Url": "%s", "Active": true, "Secret": null,
					 "EnabledEvents": ["usertasks:created", "usertasks:commented"],
					 "AdvancedSettings": {"Retries": 5},
					 "RequestHeaders": [{"Name": "X-Tenant", "Value": "acme"}, {"Name": "Authorization", "Value": "Basic eA=="}]}"""
				.formatted(uid, this.receiver.url())));
		assertThat(this.admin.get("/v1/webhooks").json().values()).containsExactly(webhook);
		assertThat(this.admin.get("/v1/webhooks").body()).doesNotContain("s3cret");
	}

	@Test
	void picksAUidWhenTheClientSendsNone() {
		postWebhook("{\"Url\": \"" + this.receiver.url() + "\", \"EnabledEvents\": [\"usertasks:*\"]}");

		JsonNode webhooks = this.admin.get("/v1/webhooks").json();

		assertThat(webhooks.size()).isEqualTo(1);
		assertThat(webhooks.get(0).get("Uid").asString())
			.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
		assertThat(webhooks.get(0).get("Active").asBoolean()).isTrue();
	}

	@Test
	void replacesAWebhookAndKeepsItsSecretWhenNoneIsSent() {
		String uid = createWebhook("s3cret", "usertasks:*");

		ApiClient.Response response = this.admin.put("/v1/webhooks", """
				{"Uid": "%s", "Title": "Renamed", "Url": "%s", "Active": false, "Secret": null,
				 "EnabledEvents": ["usertasks:deleted"], "RequestHeaders": [{"Name": "X-Tenant", "Value": "acme"}]}"""
			.formatted(uid, this.receiver.url() + "/v2"));

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.body()).isEmpty();
		JsonNode webhook = webhook(uid);
		assertThat(webhook.get("Title").asString()).isEqualTo("Renamed");
		assertThat(webhook.get("Url").asString()).isEqualTo(this.receiver.url() + "/v2");
		assertThat(webhook.get("Active").asBoolean()).isFalse();
		assertThat(webhook.get("EnabledEvents").values()).extracting(JsonNode::asString)
			.containsExactly("usertasks:deleted");
		assertThat(webhook.get("RequestHeaders").get(0).get("Name").asString()).isEqualTo("X-Tenant");
		assertThat(webhook.get("Secret").isNull()).isTrue();
		assertThat(storedSecret(uid)).isEqualTo("s3cret");
	}

	@Test
	void replacesTheSecretWhenANewOneIsSent() {
		String uid = createWebhook("s3cret", "usertasks:*");

		this.admin.put("/v1/webhooks",
				"{\"Uid\": \"%s\", \"Url\": \"%s\", \"Secret\": \"n3w\"}".formatted(uid, this.receiver.url()));

		assertThat(storedSecret(uid)).isEqualTo("n3w");
	}

	@Test
	void deletesAWebhook() {
		String uid = createWebhook();

		ApiClient.Response response = this.admin.delete("/v1/webhooks/" + uid);

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).isEmpty();
		assertProblem(this.admin.get("/v1/webhooks/" + uid), 404, "not-found");
		assertThat(this.admin.get("/v1/webhooks").json().isEmpty()).isTrue();
	}

	@Test
	void answers404ForAnUnknownWebhook() {
		String unknown = UUID.randomUUID().toString();

		ApiClient.Response get = this.admin.get("/v1/webhooks/" + unknown);
		ApiClient.Response put = this.admin.put("/v1/webhooks",
				"{\"Uid\": \"%s\", \"Url\": \"%s\"}".formatted(unknown, this.receiver.url()));
		ApiClient.Response delete = this.admin.delete("/v1/webhooks/" + unknown);

		assertProblem(get, 404, "not-found");
		assertProblem(put, 404, "not-found");
		assertProblem(delete, 404, "not-found");
	}

	@Test
	void answers409ForAUidThatExists() {
		String uid = createWebhook();

		ApiClient.Response response = this.admin.post("/v1/webhooks",
				"{\"Uid\": \"%s\", \"Url\": \"%s\"}".formatted(uid, this.receiver.url()));

		assertProblem(response, 409, "already-exists");
		assertThat(this.admin.get("/v1/webhooks").json().size()).isEqualTo(1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "ftp://example.com/hooks", "http:///hooks", "http://127.0.0.1:8080/hooks",
			"http://10.0.0.1/hooks", "http://169.254.169.254/latest/meta-data", "http://[::1]:8080/hooks" })
	void refusesAUrlItMayNotCall(String url) {
		String json = "{\"Url\": \"" + url + "\", \"EnabledEvents\": [\"usertasks:*\"]}";

		ApiClient.Response create = this.admin.post("/v1/webhooks", json);
		ApiClient.Response update = this.admin.put("/v1/webhooks",
				"{\"Uid\": \"%s\", \"Url\": \"%s\"}".formatted(createWebhook(), url));

		assertInvalid(create, "Url", "");
		assertInvalid(update, "Url", "");
		assertThat(this.admin.get("/v1/webhooks").json().size()).isEqualTo(1);
	}

	@Test
	void refusesARequestHeaderWhoseNameIsNotAnHttpToken() {
		String json = """
				{"Url": "%s", "RequestHeaders": [{"Name": "Bad Header", "Value": "x"}]}"""
			.formatted(this.receiver.url());

		ApiClient.Response response = this.admin.post("/v1/webhooks", json);

		assertProblem(response, 400, "invalid-request");
		assertThat(errors(response)).anySatisfy((error) -> {
			assertThat(error.get("field").asString()).contains("RequestHeaders");
			assertThat(error.get("message").asString()).contains("HTTP header name");
		});
		assertThat(this.admin.get("/v1/webhooks").json().isEmpty()).isTrue();
	}

	@Test
	void letsOnlyAdminsManageWebhooks() {
		String uid = createWebhook();
		ApiClient user = clientOf("5", "Ann", "User");
		ApiClient anonymous = this.admin.as(null);
		String json = "{\"Url\": \"" + this.receiver.url() + "\"}";

		assertThat(user.get("/v1/webhooks").status()).isEqualTo(403);
		assertThat(user.get("/v1/webhooks/" + uid).status()).isEqualTo(403);
		assertThat(user.post("/v1/webhooks", json).status()).isEqualTo(403);
		assertThat(user.delete("/v1/webhooks/" + uid).status()).isEqualTo(403);
		assertThat(user.get("/v1/webhooks/" + uid + "/requests").status()).isEqualTo(403);
		assertThat(anonymous.get("/v1/webhooks").status()).isEqualTo(401);
		assertThat(anonymous.post("/v1/webhooks", json).status()).isEqualTo(401);
		assertThat(anonymous.delete("/v1/webhooks/" + uid).status()).isEqualTo(401);
		assertThat(this.admin.get("/v1/webhooks").json().size()).isEqualTo(1);
	}

	private JsonNode webhook(String uid) {
		ApiClient.Response response = this.admin.get("/v1/webhooks/" + uid);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	private String storedSecret(String uid) {
		return this.jdbc.sql("select secret from webhook where uid = :uid")
			.param("uid", UUID.fromString(uid))
			.query(String.class)
			.single();
	}

}

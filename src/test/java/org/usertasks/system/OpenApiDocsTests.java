package org.usertasks.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.usertasks.ApiClient;
import org.usertasks.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI description and Swagger UI are open to everyone and describe the API as it
 * travels: the raw API key in the Authorization header, Struct's paths, PascalCase
 * properties and integer enums.
 */
class OpenApiDocsTests extends ApiTestSupport {

	private ApiClient anonymous() {
		return this.admin.as(null);
	}

	private JsonNode apiDocs() {
		ApiClient.Response response = anonymous().get("/v3/api-docs");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	@Test
	void describesTheApiKeyAsOpenApi3SecuritySchemeInTheAuthorizationHeader() {
		ApiClient anonymous = anonymous();

		JsonNode docs = anonymous.get("/v3/api-docs").json();

		assertThat(docs.get("openapi").asString()).startsWith("3.");
		JsonNode schemes = docs.get("components").get("securitySchemes");
		assertThat(schemes.size()).isOne();
		String schemeName = schemes.propertyNames().iterator().next();
		JsonNode scheme = schemes.get(schemeName);
		assertThat(scheme.get("type").asString()).isEqualTo("apiKey");
		assertThat(scheme.get("in").asString()).isEqualTo("header");
		assertThat(scheme.get("name").asString()).isEqualTo("Authorization");
		assertThat(docs.get("security").get(0).has(schemeName)).as("applies to every operation").isTrue();
	}

	@Test
	void listsStructsNineUserTaskOperationsAndOurAdditions() {
		JsonNode paths = apiDocs().get("paths");

		List<String> operations = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : paths.properties()) {
			if (path.getKey().startsWith("/v1/usertasks")) {
				path.getValue().propertyNames().forEach((method) -> operations.add(method + " " + path.getKey()));
			}
		}

		assertThat(operations).containsExactlyInAnyOrder("get /v1/usertasks", "post /v1/usertasks", "put /v1/usertasks",
				"post /v1/usertasks/batch", "get /v1/usertasks/{uid}", "delete /v1/usertasks/{uid}",
				"post /v1/usertasks/{uid}/comments", "put /v1/usertasks/{uid}/comments",
				"delete /v1/usertasks/{uid}/comments", "get /v1/usertasks/count", "post /v1/usertasks/search",
				"post /v1/usertasks/{uid}/status", "post /v1/usertasks/{uid}/claim", "post /v1/usertasks/{uid}/unclaim",
				"put /v1/usertasks/{uid}/entities/{entityType}/{entityId}", "get /v1/usertasks/{uid}/history",
				"post /v1/usertasks/bulk");
	}

	@Test
	void namesTheUserTaskPropertiesAsTheyTravelOnTheWire() {
		JsonNode docs = apiDocs();

		JsonNode userTask = responseSchema(docs, "/v1/usertasks/{uid}", "get");

		assertThat(userTask.get("properties").propertyNames()).containsExactly("Uid", "Created", "CreatedBy",
				"Deadline", "Title", "Description", "Status", "AssignedUsers", "AssignedUserGroups", "Comments",
				"AttachedEntities", "LastModified");
	}

	@Test
	void namesEveryPropertyOfEverySchemaInPascalCase() {
		JsonNode docs = apiDocs();

		JsonNode schemas = docs.get("components").get("schemas");

		assertThat(schemas.size()).isPositive();
		for (Map.Entry<String, JsonNode> schema : schemas.properties()) {
			JsonNode properties = schema.getValue().get("properties");
			if (properties != null) {
				assertThat(properties.propertyNames()).as(schema.getKey())
					.allSatisfy((name) -> assertThat(name).matches("[A-Z][A-Za-z]*"));
			}
		}
	}

	@Test
	void documentsEnumsAsTheIntegersThatTravelOnTheWire() {
		JsonNode docs = apiDocs();

		JsonNode status = resolve(docs, responseSchema(docs, "/v1/usertasks/{uid}", "get").get("properties"), "Status");

		assertThat(status.get("type").asString()).as(status.toString()).isEqualTo("integer");
		List<Integer> codes = new ArrayList<>();
		status.get("enum").forEach((code) -> codes.add(code.asInt()));
		assertThat(codes).containsExactly(0, 1, 2, 3, 4);
	}

	@Test
	void servesSwaggerUiWithoutAKey() throws Exception {
		HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/swagger-ui.html"))
			.GET()
			.build();

		HttpResponse<String> response = browser.send(request, HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.uri().getPath()).startsWith("/swagger-ui/");
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((contentType) -> assertThat(contentType).startsWith("text/html"));
		assertThat(response.body()).contains("Swagger UI");
	}

	/** The schema of an operation's 200 answer, with its reference followed. */
	private static JsonNode responseSchema(JsonNode docs, String path, String method) {
		JsonNode content = docs.get("paths").get(path).get(method).get("responses").get("200").get("content");
		JsonNode schema = content.values().iterator().next().get("schema");
		return follow(docs, schema);
	}

	private static JsonNode resolve(JsonNode docs, JsonNode properties, String name) {
		JsonNode property = properties.get(name);
		assertThat(property).as(name + " in " + properties).isNotNull();
		return follow(docs, property);
	}

	private static JsonNode follow(JsonNode docs, JsonNode schema) {
		if (!schema.has("$ref")) {
			return schema;
		}
		String name = schema.get("$ref").asString().substring("#/components/schemas/".length());
		return docs.get("components").get("schemas").get(name);
	}

}

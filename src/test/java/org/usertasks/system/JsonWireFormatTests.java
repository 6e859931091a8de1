package org.usertasks.system;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import org.usertasks.ApiClient;
import org.usertasks.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON wire format Struct clients expect: .NET-style timestamps, integer enums,
 * unknown properties ignored, and every JSON media type Struct's samples send.
 */
class JsonWireFormatTests extends ApiTestSupport {

	private static final String TASKS = "/v1/usertasks";

	/**
	 * {@code 2023-01-02T14:57:05.0000000+02:00}: seven fractional digits and an offset.
	 */
	private static final String WIRE_TIMESTAMP = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{7}[+-]\\d\\d:\\d\\d";

	@Test
	void writesServerTimestampsWithSevenFractionalDigitsAndAnOffset() {
		String uid = createTask("timestamps");
		assertThat(this.admin.post(TASKS + "/" + uid + "/comments", "{\"Comment\": \"first\"}").status())
			.isEqualTo(200);

		JsonNode task = this.admin.get(TASKS + "/" + uid).json();

		assertThat(task.get("Created").asString()).matches(WIRE_TIMESTAMP);
		JsonNode comment = task.get("Comments").get(0);
		assertThat(comment.get("Created").asString()).matches(WIRE_TIMESTAMP);
		assertThat(comment.get("LastModified").asString()).matches(WIRE_TIMESTAMP);
	}

	@Test
	void writesATimestampSentInUtcWithAnExplicitOffset() {
		String uid = UUID.randomUUID().toString();
		assertThat(
				this.admin.post(TASKS, "{\"Uid\": \"" + uid + "\", \"Deadline\": \"2025-11-04T21:40:48Z\"}").status())
			.isEqualTo(200);

		JsonNode task = this.admin.get(TASKS + "/" + uid).json();

		assertThat(task.get("Deadline").asString()).isEqualTo("2025-11-04T21:40:48.0000000+00:00");
	}

	@Test
	void writesEnumsAsIntegers() {
		String uid = createTask("enums");
		assertThat(this.admin
			.put(TASKS,
					"""
							{"Uid": "%s", "Status": 2, "AttachedEntities": [{"EntityType": 2, "EntityId": "7", "Status": 1}]}"""
						.formatted(uid))
			.status()).isEqualTo(200);

		JsonNode task = this.admin.get(TASKS + "/" + uid).json();

		assertThat(task.get("Status").isInt()).as(task.toString()).isTrue();
		assertThat(task.get("Status").asInt()).isEqualTo(2);
		JsonNode entity = task.get("AttachedEntities").get(0);
		assertThat(entity.get("EntityType").isInt()).isTrue();
		assertThat(entity.get("Status").isInt()).isTrue();
		assertThat(entity.get("Status").asInt()).isEqualTo(1);
	}

	@Test
	void readsAnEnumGivenByItsNameLeniently() {
		String uid = createTask("enum names");

		ApiClient.Response response = this.admin.put(TASKS, "{\"Uid\": \"" + uid + "\", \"Status\": \"inProgress\"}");

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(this.admin.get(TASKS + "/" + uid).json().get("Status").asInt()).isEqualTo(2);
	}

	@Test
	void ignoresUnknownAndReadOnlyProperties() {
		String uid = UUID.randomUUID().toString();
		String withExtras = """
				{"Uid": "%s", "Title": "extras", "NotInTheContract": {"Nested": [1, 2]},
				 "Created": "2000-01-01T00:00:00.0000000+00:00", "CreatedBy": "someone else", "Comments": []}"""
			.formatted(uid);

		ApiClient.Response response = this.admin.post(TASKS, withExtras);

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		JsonNode task = this.admin.get(TASKS + "/" + uid).json();
		assertThat(task.get("Title").asString()).isEqualTo("extras");
		assertThat(task.get("Created").asString()).doesNotStartWith("2000-");
		assertThat(task.get("CreatedBy").asString()).isEqualTo("admin");
		assertThat(task.has("NotInTheContract")).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "application/json", "application/json-patch+json", "text/json",
			"application/vnd.struct+json", "text/json; charset=utf-8" })
	void acceptsEveryJsonMediaTypeStructClientsSend(String contentType) {
		String uid = UUID.randomUUID().toString();

		ApiClient.Response response = this.admin.post(TASKS, "{\"Uid\": \"" + uid + "\", \"Title\": \"typed\"}",
				contentType);

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(this.admin.get(TASKS + "/" + uid).json().get("Title").asString()).isEqualTo("typed");
	}

	@Test
	void readsPropertyNamesWhateverTheirCase() {
		String uid = UUID.randomUUID().toString();

		ApiClient.Response response = this.admin.post(TASKS, "{\"uid\": \"" + uid + "\", \"title\": \"camel\"}");

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(this.admin.get(TASKS + "/" + uid).json().get("Title").asString()).isEqualTo("camel");
	}

	@Test
	void answersWithPascalCasePropertyNames() {
		String uid = createTask("names");

		JsonNode page = this.admin.get(TASKS).json();

		assertThat(page.propertyNames()).containsExactly("Page", "PageSize", "Total", "UserTasks");
		assertThat(page.get("UserTasks").get(0).get("Uid").asString()).isEqualTo(uid);
		assertThat(page.get("UserTasks").get(0).propertyNames())
			.allSatisfy((name) -> assertThat(name).matches("[A-Z][A-Za-z]*"));
	}

}

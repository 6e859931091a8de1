package org.usertasks;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Struct v1 UserTasks API end to end, over real HTTP, as a Struct client uses it.
 */
class UserTasksApplicationTests extends ApiTestSupport {

	/** The first example task of Struct's reference, as a client would PUT it back. */
	static final String IMAGES_TASK = """
			{
			  "Uid": "9fb6b427-07f7-4b01-a04b-851eaf2d65c0",
			  "Created": "2022-12-20T11:53:11.0000000+02:00",
			  "CreatedBy": "5",
			  "Deadline": "2025-11-04T21:40:48.9992648+00:00",
			  "Title": "Please add images to these products",
			  "Description": "I have added products, which are missing their primary image. They should all be available in our DAM for you to choose",
			  "Status": 0,
			  "AssignedUsers": ["12"],
			  "AssignedUserGroups": [],
			  "Comments": [],
			  "AttachedEntities": [
			    {"EntityType": 0, "EntityId": "1022", "Status": 0},
			    {"EntityType": 0, "EntityId": "1023", "Status": 0},
			    {"EntityType": 0, "EntityId": "1024", "Status": 0}
			  ]
			}""";

	@Test
	void referenceTaskRoundTripsFieldForField() {
		createUser("12", "Ann", "Lee");
		String created = this.admin.post("/v1/usertasks", IMAGES_TASK, "application/json-patch+json").body();

		ApiClient.Response response = this.admin.get("/v1/usertasks/9fb6b427-07f7-4b01-a04b-851eaf2d65c0");

		assertThat(created).isEmpty();
		assertThat(response.status()).isEqualTo(200);
		JsonNode sent = ApiClient.parse(IMAGES_TASK);
		JsonNode task = response.json();
		for (String field : new String[] { "Uid", "Deadline", "Title", "Description", "Status", "AssignedUsers",
				"AssignedUserGroups", "Comments", "AttachedEntities" }) {
			assertThat(task.get(field)).as(field).isEqualTo(sent.get(field));
		}
		assertThat(task.get("CreatedBy").asString()).isEqualTo("admin");
		assertThat(task.propertyNames()).containsExactly("Uid", "Created", "CreatedBy", "Deadline", "Title",
				"Description", "Status", "AssignedUsers", "AssignedUserGroups", "Comments", "AttachedEntities",
				"LastModified");
	}

	/** Struct's sample body for a create, verbatim. */
	static final String STRUCT_SAMPLE_CREATE = """
			{
			"Uid": "073af031-fc72-4ade-9708-1862c353dab3",
			"AssignedUserGroups": null,
			"AssignedUsers": [
			"5, 10"
			],
			"Title": "Images on products in poor quality",
			"Description": "The images on some products seem to be of poor quality (see attached). Will you please go through them and see if we can get better images?",
			"Deadline": "2023-01-14T00:00:00.0000000+02:00",
			"AttachedEntities": [
			{
			"EntityType": {},
			"EntityId": "1022"
			},
			{
			"EntityType": {},
			"EntityId": "1023"
			},
			{
			"EntityType": {},
			"EntityId": "1024"
			}
			]
			}""";

	/** Struct's sample body for an update, verbatim but for a longer title. */
	static final String STRUCT_SAMPLE_UPDATE = """
			{
			"Uid": "073af031-fc72-4ade-9708-1862c353dab3",
			"Deadline": "2023-01-14T00:00:00.0000000+02:00",
			"Title": "Images on products in poor quality, round two",
			"Description": "The images on some products seem to be of poor quality (see attached). Will you please go through them and see if we can get better images?",
			"Status": {},
			"AssignedUsers": [
			"5, 10"
			],
			"AssignedUserGroups": null,
			"AttachedEntities": [
			{
			"EntityType": {},
			"EntityId": "1022"
			},
			{
			"EntityType": {},
			"EntityId": "1023"
			},
			{
			"EntityType": {},
			"EntityId": "1024"
			}
			]
			}""";

	/** Struct's sample body for a comment, verbatim. */
	static final String STRUCT_SAMPLE_COMMENT = """
			{
			"Uid": "c6a6fea3-163a-4a86-be2d-ace37e2b6691",
			"Comment": "Super duper. I will have a look"
			}""";

	@Test
	void aStructClientTakesATaskThroughItsWholeLifeWithStructsOwnSamples() {
		createUser("5", "John", "Doe");
		createUser("10", "Mary", "Major");
		ApiClient john = this.admin.as(createKey("5", false));
		String task = "/v1/usertasks/073af031-fc72-4ade-9708-1862c353dab3";

		ApiClient.Response created = john.post("/v1/usertasks", STRUCT_SAMPLE_CREATE, "application/json-patch+json");
		ApiClient.Response updated = john.put("/v1/usertasks", STRUCT_SAMPLE_UPDATE, "application/json-patch+json");
		ApiClient.Response commented = john.post(task + "/comments", STRUCT_SAMPLE_COMMENT,
				"application/json-patch+json");
		ApiClient.Response commentEdited = john.put(task + "/comments",
				STRUCT_SAMPLE_COMMENT.replace("I will have a look", "Done"), "application/json-patch+json");
		ApiClient.Response batch = john.post("/v1/usertasks/batch",
				"[\"073af031-fc72-4ade-9708-1862c353dab3\", \"630d5c4d-770e-4095-a262-48637f18ad57\"]",
				"application/json-patch+json");
		ApiClient.Response commentDeleted = john
			.delete(task + "/comments?commentUid=c6a6fea3-163a-4a86-be2d-ace37e2b6691");
		ApiClient.Response deleted = john.delete(task);
		ApiClient.Response afterwards = john.get(task);
		ApiClient.Response list = john.get("/v1/usertasks");

		for (ApiClient.Response response : new ApiClient.Response[] { created, updated, commented, commentEdited,
				commentDeleted, deleted }) {
			assertThat(response.status()).as(response.body()).isEqualTo(200);
			assertThat(response.body()).isEmpty();
		}
		assertThat(batch.status()).isEqualTo(200);
		assertThat(batch.json().size()).isEqualTo(1);
		JsonNode read = batch.json().get(0);
		assertThat(read.get("Title").asString()).isEqualTo("Images on products in poor quality, round two");
		assertThat(read.get("CreatedBy").asString()).isEqualTo("5");
		assertThat(read.get("Deadline").asString()).isEqualTo("2023-01-14T00:00:00.0000000+02:00");
		assertThat(read.get("Status").asInt()).isZero();
		assertThat(read.get("AssignedUsers")).isEqualTo(ApiClient.parse("[\"5\", \"10\"]"));
		assertThat(read.get("AssignedUserGroups")).isEqualTo(ApiClient.parse("[]"));
		assertThat(read.get("AttachedEntities")).isEqualTo(ApiClient.parse("""
				[{"EntityType": 0, "EntityId": "1022", "Status": 0}, {"EntityType": 0, "EntityId": "1023", "Status": 0},
				 {"EntityType": 0, "EntityId": "1024", "Status": 0}]"""));
		// The PUT changed the title, so the thread starts with the activity it recorded,
		// then John's comment.
		assertThat(read.get("Comments").get(0).get("IsSystemGenerated").asBoolean()).isTrue();
		JsonNode comment = read.get("Comments").get(read.get("Comments").size() - 1);
		assertThat(comment.get("Uid").asString()).isEqualTo("c6a6fea3-163a-4a86-be2d-ace37e2b6691");
		assertThat(comment.get("Comment").asString()).isEqualTo("Super duper. Done");
		assertThat(comment.get("UserId").asString()).isEqualTo("5");
		assertThat(comment.get("Name").asString()).isEqualTo("John Doe");
		assertThat(comment.get("IsSystemGenerated").asBoolean()).isFalse();
		assertThat(afterwards.status()).isEqualTo(404);
		assertThat(list.json().get("Total").asInt()).isZero();
	}

}

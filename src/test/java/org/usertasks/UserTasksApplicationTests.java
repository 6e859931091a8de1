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
				"Description", "Status", "AssignedUsers", "AssignedUserGroups", "Comments", "AttachedEntities");
	}

}

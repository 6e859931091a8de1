package org.usertasks.inbox;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TaskPageTests extends TaskWebTestSupport {

	@Test
	void dump() throws Exception {
		createUser("5", "John", "Doe");
		String uid = "1f0b8c7e-0000-4000-8000-000000000001";
		postTask(
				"""
						{"Uid": "%s", "Title": "Check <b>prices</b>", "Description": "Line one\\nLine <two>",
						 "Deadline": "2024-03-01T20:00:00Z", "AssignedUsers": ["5"],
						 "AttachedEntities": [{"EntityType": 0, "EntityId": "1022"}, {"EntityType": 2, "EntityId": "C7", "Status": 1}]}"""
					.formatted(uid));
		putTask("""
				{"Uid": "%s", "Title": "Check prices", "AssignedUsers": ["5"], "Deadline": "2024-03-01T20:00:00Z",
				 "AttachedEntities": [{"EntityType": 0, "EntityId": "1022"}, {"EntityType": 2, "EntityId": "C7", "Status": 1}]}"""
			.formatted(uid));
		System.out.println(page("5", "/tasks/" + uid, 200));
		System.out.println(page("5", "/tasks/" + uid + "/edit", 200));
		assertThat(true).isTrue();
	}

}

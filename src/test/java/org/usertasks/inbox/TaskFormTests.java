package org.usertasks.inbox;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Creating and editing tasks through the form: what is stored, and how a refused save
 * shows the form again with the person's input.
 */
class TaskFormTests extends TaskWebTestSupport {

	private String editors;

	@BeforeEach
	void createPeople() {
		createUser("5", "John", "Doe");
		createUser("6", "Mary", "Major");
		this.editors = createGroup("Editors");
	}

	@Test
	void theNewTaskFormOffersEveryField() throws Exception {
		String html = page("5", "/tasks/new", 200);

		assertThat(html).contains("<form id=\"task-form\"", "<label for=\"title\">", "id=\"title\" name=\"title\"",
				"id=\"description\" name=\"description\"", "id=\"deadline\" name=\"deadline\" type=\"datetime-local\"",
				"in UTC", "id=\"assigned-users\" name=\"assignedUsers\"", "list=\"user-options\"",
				"hx-get=\"/ui/lookup/users\"", "hx-trigger=\"input changed delay:200ms\"",
				"hx-target=\"#user-options\"", "<datalist id=\"user-options\">", "value=\"" + this.editors + "\"",
				">Editors</label>", "name=\"entities[0].type\"", "name=\"entities[2].id\"", "<button id=\"save-task\"",
				"<button id=\"add-row\"")
			.doesNotContain("id=\"status\"");
	}

	@Test
	void createsATaskWithAssigneesAndEntities() throws Exception {
		MvcResult result = postAs("5",
				post("/tasks").param("title", "Check prices")
					.param("description", "All of them")
					.param("deadline", "2024-03-05T17:00")
					.param("assignedUsers", "5, 6")
					.param("assignedGroups", this.editors)
					.param("entities[0].type", "0")
					.param("entities[0].id", "1022")
					.param("entities[0].status", "Pending")
					.param("entities[1].type", "2")
					.param("entities[1].id", "C7")
					.param("entities[1].status", "Done")
					.param("entities[2].type", "0")
					.param("entities[2].id", ""));

		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		String uid = result.getResponse().getRedirectedUrl().substring("/tasks/".length());
		JsonNode task = task(uid);
		assertThat(task.get("Title").asString()).isEqualTo("Check prices");
		assertThat(task.get("Description").asString()).isEqualTo("All of them");
		assertThat(OffsetDateTime.parse(task.get("Deadline").asString()).toInstant())
			.isEqualTo(Instant.parse("2024-03-05T17:00:00Z"));
		assertThat(task.get("CreatedBy").asString()).isEqualTo("5");
		assertThat(task.get("AssignedUsers").toString()).isEqualTo("[\"5\",\"6\"]");
		assertThat(task.get("AssignedUserGroups").toString()).isEqualTo("[\"" + this.editors + "\"]");
		JsonNode entities = task.get("AttachedEntities");
		assertThat(entities.size()).isEqualTo(2);
		assertThat(entities.get(0).get("EntityType").asInt()).isZero();
		assertThat(entities.get(0).get("EntityId").asString()).isEqualTo("1022");
		assertThat(entities.get(0).get("Status").asInt()).isZero();
		assertThat(entities.get(1).get("EntityType").asInt()).isEqualTo(2);
		assertThat(entities.get(1).get("Status").asInt()).isEqualTo(1);
	}

	@Test
	void anUnknownUserShowsTheFormAgainWith400AndTheTypedInput() throws Exception {
		MvcResult result = postAs("5",
				post("/tasks").param("title", "My typed title")
					.param("assignedUsers", "5, nobody")
					.param("entities[0].id", "1022"));

		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat(result.getResponse().getContentAsString()).contains("value=\"My typed title\"",
				"value=\"5, nobody\"", "value=\"1022\"", "id=\"form-problems\"", "no user with Uid &#39;nobody&#39;");
		assertThat(total()).isZero();
	}

	@Test
	void aTooLongTitleIsShownNextToTheField() throws Exception {
		MvcResult result = postAs("5", post("/tasks").param("title", "x".repeat(1001)));

		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat(result.getResponse().getContentAsString()).contains("aria-invalid=\"true\"",
				"<p id=\"title-error\" class=\"field-error\">The title is too long");
		assertThat(total()).isZero();
	}

	@Test
	void aBadDeadlineIsShownNextToTheField() throws Exception {
		MvcResult result = postAs("5", post("/tasks").param("title", "Soon").param("deadline", "tomorrow"));

		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat(result.getResponse().getContentAsString()).contains("The deadline is not a date and time");
		assertThat(total()).isZero();
	}

	@Test
	void addRowShowsOneMoreRowAndKeepsTheInput() throws Exception {
		MvcResult result = postAs("5",
				post("/tasks").param("title", "Keep me")
					.param("entities[0].id", "1022")
					.param("entities[1].id", "")
					.param("entities[2].id", "")
					.param("addRow", "1"));

		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentAsString()).contains("value=\"Keep me\"", "value=\"1022\"",
				"name=\"entities[3].id\"");
		assertThat(total()).isZero();
	}

	@Test
	void editsATask() throws Exception {
		String uid = createTask("Check prices");
		String form = page("5", "/tasks/" + uid + "/edit", 200);
		assertThat(form).contains("value=\"Check prices\"", "<select id=\"status\" name=\"status\">",
				"name=\"version\" value=\"" + version(uid) + "\"");

		MvcResult result = postAs("5",
				post("/tasks/{uid}", uid).param("title", "Check all prices")
					.param("status", "InProgress")
					.param("assignedUsers", "6")
					.param("version", "" + version(uid)));

		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/tasks/" + uid);
		JsonNode task = task(uid);
		assertThat(task.get("Title").asString()).isEqualTo("Check all prices");
		assertThat(task.get("Status").asInt()).isEqualTo(2);
		assertThat(task.get("AssignedUsers").toString()).isEqualTo("[\"6\"]");
	}

	@Test
	void aStaleEditShowsTheFormAgainWith412AndASecondSaveGoesThrough() throws Exception {
		String uid = createTask("Check prices");
		long opened = version(uid);
		putTask("{\"Uid\": \"" + uid + "\", \"Title\": \"Changed by someone else\"}");

		MvcResult stale = postAs("5",
				post("/tasks/{uid}", uid).param("title", "My title")
					.param("description", "My typed text")
					.param("version", "" + opened));

		assertThat(stale.getResponse().getStatus()).isEqualTo(412);
		String html = stale.getResponse().getContentAsString();
		assertThat(html).contains(TaskFormController.STALE_MESSAGE, "value=\"My title\"", "My typed text",
				"href=\"/tasks/" + uid + "\" target=\"_blank\"");
		assertThat(task(uid).get("Title").asString()).isEqualTo("Changed by someone else");
		long current = hiddenVersion(html);
		assertThat(current).isEqualTo(version(uid)).isNotEqualTo(opened);

		MvcResult again = postAs("5",
				post("/tasks/{uid}", uid).param("title", "My title")
					.param("description", "My typed text")
					.param("version", "" + current));

		assertThat(again.getResponse().getRedirectedUrl()).isEqualTo("/tasks/" + uid);
		assertThat(task(uid).get("Title").asString()).isEqualTo("My title");
	}

	@Test
	void editingAnUnknownTaskShowsTheNotFoundPage() throws Exception {
		String html = page("5", "/tasks/" + UUID.randomUUID() + "/edit", 404);

		assertThat(html).contains("No user task with Uid");
	}

	@Test
	void looksUpUsersByIdOrName() throws Exception {
		createUser("12", "Johanna", "Smith");

		String byName = page("5", "/ui/lookup/users?q=JOH", 200);
		String byId = page("5", "/ui/lookup/users?q=12", 200);
		String afterAComma = page("5", "/ui/lookup/users?assignedUsers=5,ma", 200);

		assertThat(byName)
			.contains("<option value=\"5\">John Doe (5)</option>", "<option value=\"12\">Johanna Smith (12)</option>")
			.doesNotContain("Mary");
		assertThat(byId).contains("<option value=\"12\">Johanna Smith (12)</option>").doesNotContain("John Doe");
		assertThat(afterAComma).contains("<option value=\"5, 6\">Mary Major (6)</option>");
	}

	@Test
	void looksUpAtMostTwentyUsers() throws Exception {
		for (int i = 0; i < 25; i++) {
			createUser("bulk" + i, "Bulk", "User " + i);
		}

		String html = page("5", "/ui/lookup/users?q=bulk", 200);

		assertThat(html.split("<option ", -1)).hasSize(21);
	}

	@Test
	void looksUpGroupsByName() throws Exception {
		createGroup("Translators");

		String html = page("5", "/ui/lookup/groups?q=edit", 200);

		assertThat(html).contains("<option value=\"" + this.editors + "\">Editors</option>")
			.doesNotContain("Translators");
	}

	private static long hiddenVersion(String html) {
		Matcher matcher = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(html);
		assertThat(matcher.find()).isTrue();
		return Long.parseLong(matcher.group(1));
	}

}

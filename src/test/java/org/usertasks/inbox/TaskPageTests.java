package org.usertasks.inbox;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.usertasks.ApiClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The task page: what it shows, and that each of its actions changes the task as the API
 * then answers it.
 */
class TaskPageTests extends TaskWebTestSupport {

	private String uid;

	private ApiClient john;

	@BeforeEach
	void createATaskAssignedToJohn() {
		this.john = clientOf("5", "John", "Doe");
		createUser("6", "Mary", "Major");
		this.uid = UUID.randomUUID().toString();
		postTask(
				"""
						{"Uid": "%s", "Title": "Check prices", "Description": "Line one\\nLine <two>",
						 "Deadline": "2024-03-01T20:00:00Z", "AssignedUsers": ["5", "6"],
						 "AttachedEntities": [{"EntityType": 0, "EntityId": "1022"}, {"EntityType": 2, "EntityId": "C7", "Status": 1}]}"""
					.formatted(this.uid));
	}

	@Test
	void showsTitleDescriptionStatusDeadlineAssigneesAndEntities() throws Exception {
		String html = page("5", "/tasks/" + this.uid, 200);

		assertThat(html).contains("<h1 id=\"task-title\">Check prices</h1>")
			.contains("Line one\nLine &lt;two&gt;")
			.contains("<span id=\"task-status\" class=\"badge status status-New\">New</span>")
			.contains("<span class=\"badge badge-due-soon\">Due soon</span>")
			.contains(">1 Mar 2024, 20:00 UTC</time>")
			.doesNotContain("badge-overdue\">")
			.contains("<li>John Doe</li>", "<li>Mary Major</li>")
			.contains("id=\"task-live\"", "data-live-refresh", "data-task-uid=\"" + this.uid + "\"",
					"hx-trigger=\"live-refresh\"", "hx-select=\"#task-live\"");
		String entities = between(html, "<ul id=\"entities\"", "</ul>");
		assertThat(entities).contains("<span class=\"entity-type\">Product</span>",
				"<span class=\"entity-id\">1022</span>", ">Pending</span>",
				"<span class=\"entity-type\">Category</span>", "<span class=\"entity-id\">C7</span>", ">Done</span>");
		assertThat(html.indexOf("id=\"task-live\"")).isLessThan(html.indexOf("</section>"));
		assertThat(html.indexOf("</section>")).isLessThan(html.indexOf("<form id=\"comment-form\""));
	}

	@Test
	void showsAnOverdueDeadline() throws Exception {
		this.clock.set("2024-03-02T08:00:00Z");

		String html = page("5", "/tasks/" + this.uid, 200);

		assertThat(html).contains("<span class=\"badge badge-overdue\">Overdue</span>").doesNotContain("Due soon");
	}

	@Test
	void showsTheThreadOldestFirstWithSystemActivityMarked() throws Exception {
		assertThat(this.john.post("/v1/usertasks/" + this.uid + "/comments", "{\"Comment\": \"First look\"}").status())
			.isEqualTo(200);
		this.clock.advance(Duration.ofMinutes(1));
		changeStatus("5", "InProgress", version(this.uid));

		String thread = between(page("5", "/tasks/" + this.uid, 200), "<ol id=\"thread\"", "</ol>");

		assertThat(thread.indexOf("First look")).isPositive().isLessThan(thread.indexOf("Status changed from New"));
		assertThat(thread).containsPattern("class=\"comment\">\\s*<header>\\s*<strong class=\"author\">John Doe")
			.containsPattern("class=\"comment system\">\\s*<span class=\"text\">Status changed from New to InProgress");
	}

	@Test
	void changesTheStatus() throws Exception {
		MvcResult result = changeStatus("5", "AwaitingFeedback", version(this.uid));

		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/tasks/" + this.uid);
		assertThat(task(this.uid).get("Status").asInt()).isEqualTo(3);
		assertThat(page("5", "/tasks/" + this.uid, 200)).contains("status-AwaitingFeedback\">Awaiting feedback</span>");
	}

	@Test
	void aCompletedTaskOffersOnlyReOpen() throws Exception {
		changeStatus("5", "Completed", version(this.uid));

		String form = between(page("5", "/tasks/" + this.uid, 200), "<form id=\"status-form\"", "</form>");

		assertThat(form).contains("value=\"ReOpened\">Re-open</button>")
			.doesNotContain("value=\"InProgress\"", "value=\"AwaitingFeedback\"", "value=\"New\"");
		assertThat(page("5", "/tasks/" + this.uid, 200)).doesNotContain("Due soon", "Overdue");
	}

	@Test
	void aStaleVersionIsRefusedWith412AndStoresNothing() throws Exception {
		long shown = version(this.uid);
		changeStatus("6", "InProgress", shown);

		MvcResult result = changeStatus("5", "Completed", shown);

		assertThat(result.getResponse().getStatus()).isEqualTo(412);
		assertThat(result.getResponse().getContentAsString())
			.contains("It was changed after you opened it, so your change was not saved.");
		assertThat(task(this.uid).get("Status").asInt()).isEqualTo(2);
	}

	@Test
	void claimsAndReleasesTheTask() throws Exception {
		assertThat(page("5", "/tasks/" + this.uid, 200)).contains("<button id=\"claim\"")
			.doesNotContain("id=\"unclaim\"");

		postAs("5", post("/tasks/{uid}/claim", this.uid).param("version", "" + version(this.uid)));

		JsonNode claimed = task(this.uid);
		assertThat(claimed.get("AssignedUsers").toString()).isEqualTo("[\"5\"]");
		assertThat(claimed.get("Status").asInt()).isEqualTo(2);
		assertThat(page("5", "/tasks/" + this.uid, 200)).containsPattern("Claimed by <strong\\s*>John Doe</strong>")
			.contains("<button id=\"unclaim\"")
			.doesNotContain("id=\"claim\"");

		postAs("5", post("/tasks/{uid}/unclaim", this.uid).param("version", "" + version(this.uid)));

		JsonNode released = task(this.uid);
		assertThat(released.get("AssignedUsers").toString()).isEqualTo("[]");
		assertThat(released.get("Status").asInt()).isZero();
	}

	@Test
	void aTaskClaimedBySomeoneElseAnswers409WithTheReason() throws Exception {
		postAs("6", post("/tasks/{uid}/claim", this.uid).param("version", "" + version(this.uid)));
		putTask("""
				{"Uid": "%s", "Title": "Check prices", "AssignedUsers": ["6", "5"]}""".formatted(this.uid));

		MvcResult result = postAs("5", post("/tasks/{uid}/claim", this.uid).param("version", "" + version(this.uid)));

		assertThat(result.getResponse().getStatus()).isEqualTo(409);
		assertThat(result.getResponse().getContentAsString()).contains("is claimed by user &#39;6&#39;");
	}

	@Test
	void marksAnEntityDoneAndPending() throws Exception {
		postAs("5",
				post("/tasks/{uid}/entities", this.uid).param("entityType", "0")
					.param("entityId", "1022")
					.param("status", "Done")
					.param("version", "" + version(this.uid)));

		assertThat(task(this.uid).get("AttachedEntities").get(0).get("Status").asInt()).isEqualTo(1);

		postAs("5",
				post("/tasks/{uid}/entities", this.uid).param("entityType", "2")
					.param("entityId", "C7")
					.param("status", "Pending")
					.param("version", "" + version(this.uid)));

		assertThat(task(this.uid).get("AttachedEntities").get(1).get("Status").asInt()).isZero();
	}

	@Test
	void addsEditsAndDeletesOwnComments() throws Exception {
		MvcResult added = postAs("5", post("/tasks/{uid}/comments", this.uid).param("text", "Prices look <odd>"));

		assertThat(added.getResponse().getRedirectedUrl()).isEqualTo("/tasks/" + this.uid);
		JsonNode comment = userComments(this.uid).get(0);
		assertThat(comment.get("Comment").asString()).isEqualTo("Prices look <odd>");
		assertThat(comment.get("UserId").asString()).isEqualTo("5");
		String commentUid = comment.get("Uid").asString();
		String item = between(page("5", "/tasks/" + this.uid, 200), "id=\"comment-" + commentUid + "\"", "</li>");
		assertThat(item).contains("Prices look &lt;odd&gt;", "class=\"stacked edit-comment-form\"",
				"class=\"inline-form delete-comment-form\"", "hx-confirm=");

		postAs("5", post("/tasks/{uid}/comments/{comment}", this.uid, commentUid).param("text", "Prices are fine")
			.param("version", "" + version(this.uid)));

		assertThat(userComments(this.uid).get(0).get("Comment").asString()).isEqualTo("Prices are fine");

		postAs("5", post("/tasks/{uid}/comments/{comment}/delete", this.uid, commentUid).param("version",
				"" + version(this.uid)));

		assertThat(userComments(this.uid)).isEmpty();
	}

	@Test
	void someoneElsesCommentCannotBeEditedOrDeleted() throws Exception {
		postAs("6", post("/tasks/{uid}/comments", this.uid).param("text", "Mary was here"));
		String commentUid = userComments(this.uid).get(0).get("Uid").asString();

		String item = between(page("5", "/tasks/" + this.uid, 200), "id=\"comment-" + commentUid + "\"", "</li>");
		MvcResult edit = postAs("5",
				post("/tasks/{uid}/comments/{comment}", this.uid, commentUid).param("text", "John was here")
					.param("version", "" + version(this.uid)));
		MvcResult delete = postAs("5", post("/tasks/{uid}/comments/{comment}/delete", this.uid, commentUid)
			.param("version", "" + version(this.uid)));

		assertThat(item).contains("Mary was here").doesNotContain("edit-comment-form", "delete-comment-form");
		assertThat(edit.getResponse().getStatus()).isEqualTo(403);
		assertThat(edit.getResponse().getContentAsString()).contains("Only the comment&#39;s author");
		assertThat(delete.getResponse().getStatus()).isEqualTo(403);
		assertThat(userComments(this.uid).get(0).get("Comment").asString()).isEqualTo("Mary was here");
	}

	@Test
	void anEmptyCommentIsRefused() throws Exception {
		MvcResult result = postAs("5", post("/tasks/{uid}/comments", this.uid).param("text", "  "));

		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat(userComments(this.uid)).isEmpty();
	}

	@Test
	void deletesTheTask() throws Exception {
		MvcResult result = postAs("5", post("/tasks/{uid}/delete", this.uid).param("version", "" + version(this.uid)));

		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
		assertThat(this.admin.get("/v1/usertasks/" + this.uid).status()).isEqualTo(404);
		assertThat(page("5", "/tasks/" + this.uid, 404)).contains("No user task with Uid");
	}

	@Test
	void anUnknownTaskShowsTheNotFoundPage() throws Exception {
		String html = page("5", "/tasks/" + UUID.randomUUID(), 404);

		assertThat(html).contains("class=\"alert alert-error\"", "No user task with Uid")
			.contains("<h1 class=\"alert-heading\">Not found</h1>");
	}

	@Test
	void anHtmxRequestGetsTheMessageForTheFlashAreaWithoutAPageHeading() throws Exception {
		MvcResult result = perform(get("/tasks/{uid}", UUID.randomUUID()).header("HX-Request", "true").with(as("5")));

		assertThat(result.getResponse().getStatus()).isEqualTo(404);
		assertThat(result.getResponse().getHeader("HX-Retarget")).isEqualTo("#flash");
		assertThat(result.getResponse().getContentAsString()).contains("<strong>Not found</strong>")
			.doesNotContain("<h1", "<main");
	}

	@Test
	void signedOutPeopleAreSentToSignIn() throws Exception {
		MvcResult result = perform(get("/tasks/{uid}", this.uid).accept(MediaType.TEXT_HTML));

		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
	}

	private MvcResult changeStatus(String userId, String status, long version) throws Exception {
		return postAs(userId,
				post("/tasks/{uid}/status", this.uid).param("status", status).param("version", "" + version));
	}

	private java.util.List<JsonNode> userComments(String taskUid) {
		return task(taskUid).get("Comments")
			.valueStream()
			.filter((comment) -> !comment.get("IsSystemGenerated").asBoolean())
			.toList();
	}

	/** The part of the page from the first {@code start} to the next {@code end}. */
	static String between(String html, String start, String end) {
		int from = html.indexOf(start);
		assertThat(from).as("'%s' in the page", start).isNotNegative();
		int to = html.indexOf(end, from);
		assertThat(to).as("'%s' after '%s'", end, start).isPositive();
		return html.substring(from, to + end.length());
	}

}

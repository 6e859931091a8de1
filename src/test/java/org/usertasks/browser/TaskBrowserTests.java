package org.usertasks.browser;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.usertasks.ApiClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Working a task in Chromium: creating it through the form, commenting, changing its
 * status, and seeing another person's change arrive in an open task page.
 */
class TaskBrowserTests extends BrowserTestSupport {

	@Test
	void createsATaskWithAssigneeAndEntityThroughTheForm() {
		String password = createUserWithPassword("ann", "Ann Archer", false);
		createUserWithPassword("bob", "Bob Berg", false);
		WebDriver browser = newBrowser();
		signIn(browser, "ann", password);

		browser.findElement(By.id("new-task")).click();
		waitForPath(browser, "/tasks/new");
		type(browser, By.id("title"), "Translate the sofa description");
		type(browser, By.id("description"), "German and French, please.");
		type(browser, By.id("assigned-users"), "bob");
		new Select(browser.findElement(By.id("entity-type-0"))).selectByVisibleText("Product");
		type(browser, By.id("entity-id-0"), "sofa-1");
		browser.findElement(By.id("save-task")).click();

		waitForText(browser, By.id("task-title"), "Translate the sofa description");
		String uid = path(browser).substring("/tasks/".length());
		JsonNode stored = this.admin.get("/v1/usertasks/" + uid).json();
		assertThat(stored.get("Title").asString()).isEqualTo("Translate the sofa description");
		assertThat(stored.get("AssignedUsers").get(0).asString()).isEqualTo("bob");
		assertThat(stored.get("AttachedEntities").get(0).get("EntityId").asString()).isEqualTo("sofa-1");
		assertThat(browser.findElement(By.id("entities")).getText()).contains("sofa-1").contains("Pending");
	}

	@Test
	void aFormWithAnUnknownAssigneeIsShownAgainWithTheMessageAndTheTypedTitle() {
		String password = createUserWithPassword("ann", "Ann Archer", false);
		WebDriver browser = newBrowser();
		signIn(browser, "ann", password);
		open(browser, "/tasks/new");

		type(browser, By.id("title"), "Check the lamp");
		type(browser, By.id("assigned-users"), "nobody-here");
		WebElement form = browser.findElement(By.id("task-form"));
		browser.findElement(By.id("save-task")).click();

		waitFor(browser).until((driver) -> isGone(form));
		waitForText(browser, By.id("form-problems"), "nobody-here");
		assertThat(browser.findElement(By.id("title")).getAttribute("value")).isEqualTo("Check the lamp");
	}

	@Test
	void commentsOnATaskAndChangesItsStatus() {
		String password = createUserWithPassword("ann", "Ann Archer", false);
		String uid = task("Photograph the chair", "ann");
		WebDriver browser = newBrowser();
		signIn(browser, "ann", password);
		browser.findElement(By.linkText("Photograph the chair")).click();
		waitForText(browser, By.id("task-title"), "Photograph the chair");

		type(browser, By.id("comment-text"), "Studio booked for Tuesday.");
		browser.findElement(By.id("add-comment")).click();
		waitForText(browser, By.id("thread"), "Studio booked for Tuesday.");

		browser.findElement(By.cssSelector("#status-form button[value=AwaitingFeedback]")).click();
		waitForText(browser, By.id("task-status"), "Awaiting feedback");

		JsonNode stored = this.admin.get("/v1/usertasks/" + uid).json();
		assertThat(stored.get("Status").asInt()).isEqualTo(3);
		assertThat(stored.get("Comments").get(0).get("Comment").asString()).isEqualTo("Studio booked for Tuesday.");
		assertThat(stored.get("Comments").get(0).get("UserId").asString()).isEqualTo("ann");
		waitForText(browser, By.cssSelector("#thread .comment.system"), "Awaiting");
	}

	@Test
	void anotherPersonsStatusChangeAndCommentAppearInAnOpenTaskPageWithoutAReload() {
		String annPassword = createUserWithPassword("ann", "Ann Archer", false);
		String bobPassword = createUserWithPassword("bob", "Bob Berg", false);
		String uid = task("Check the lamp texts", "ann", "bob");
		WebDriver ann = newBrowser();
		WebDriver bob = newBrowser();
		signIn(ann, "ann", annPassword);
		signIn(bob, "bob", bobPassword);
		open(ann, "/tasks/" + uid);
		waitUntilLive(ann);

		open(bob, "/tasks/" + uid);
		bob.findElement(By.cssSelector("#status-form button[value=InProgress]")).click();
		waitForText(bob, By.id("task-status"), "In progress");
		type(bob, By.id("comment-text"), "On it.");
		bob.findElement(By.id("add-comment")).click();
		waitForText(bob, By.id("thread"), "On it.");

		waitForText(ann, By.id("task-status"), "In progress");
		waitForText(ann, By.id("thread"), "On it.");
		assertThat(isStillTheSamePage(ann)).isTrue();
	}

	@Test
	void aStaleEditIsRefusedWithAClearMessageAndNothingIsLost() {
		String password = createUserWithPassword("ann", "Ann Archer", false);
		String uid = task("Old title", "ann");
		WebDriver browser = newBrowser();
		signIn(browser, "ann", password);
		open(browser, "/tasks/" + uid + "/edit");
		type(browser, By.id("title"), "Ann's new title");

		ApiClient.Response meanwhile = this.admin.put("/v1/usertasks",
				"{\"Uid\": \"" + uid + "\", \"Title\": \"Someone else's title\", \"AssignedUsers\": [\"ann\"]}");
		assertThat(meanwhile.status()).isEqualTo(200);
		WebElement form = browser.findElement(By.id("task-form"));
		browser.findElement(By.id("save-task")).click();

		waitFor(browser).until((driver) -> isGone(form));
		waitForText(browser, By.id("stale-warning"), "Someone else changed this task");
		assertThat(browser.findElement(By.id("title")).getAttribute("value")).isEqualTo("Ann's new title");
		assertThat(this.admin.get("/v1/usertasks/" + uid).json().get("Title").asString())
			.isEqualTo("Someone else's title");

		browser.findElement(By.id("save-task")).click();
		waitForText(browser, By.id("task-title"), "Ann's new title");
	}

	private String task(String title, String... users) {
		String uid = UUID.randomUUID().toString();
		String assigned = String.join("\", \"", users);
		ApiClient.Response response = this.admin.post("/v1/usertasks",
				"{\"Uid\": \"" + uid + "\", \"Title\": \"" + title + "\", \"AssignedUsers\": [\"" + assigned + "\"]}");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return uid;
	}

}

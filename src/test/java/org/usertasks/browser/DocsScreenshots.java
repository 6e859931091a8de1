package org.usertasks.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.usertasks.ApiClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Makes the screenshots in {@code docs/} that the README shows, from a realistic set of
 * tasks. Not part of the test suite (its name does not end in Tests); run it with
 * {@code ./mvnw test -Dtest=DocsScreenshots} after changing the pages.
 */
class DocsScreenshots extends BrowserTestSupport {

	private static final Path DOCS = Path.of("docs");

	@Test
	void screenshotsOfTheInboxATaskAndTheAdminPages() throws IOException {
		Files.createDirectories(DOCS);
		String translators = createGroup("Translators");
		createGroup("Content team");
		String password = createUserWithPassword("mary", "Mary Major", true);
		createUserWithPassword("john", "John Doe", false);
		createUserWithPassword("jane", "Jane Roe", false);
		assertThat(this.admin
			.put("/v1/users",
					"{\"Uid\": \"mary\", \"Firstname\": \"Mary\", \"Lastname\": "
							+ "\"Major\", \"Email\": \"mary@example.com\", \"Roles\": [\"Admin\"], \"UserGroups\": [\""
							+ translators + "\"]}")
			.status()).isEqualTo(200);
		String images = task("Please add images to these products",
				"Product photos are missing for the summer "
						+ "collection. Use the studio shots from the shared drive.",
				"[\"mary\", \"john\"]", "[]", days(2),
				"[{\"EntityType\": 0, \"EntityId\": \"1022\"}, {\"EntityType\": 0, \"EntityId\": \"1023\", "
						+ "\"Status\": 1}, {\"EntityType\": 1, \"EntityId\": \"1023-RED\"}]");
		task("Translate descriptions to German", "", "[]", "[\"" + translators + "\"]", days(-1),
				"[{\"EntityType\": 2, \"EntityId\": \"summer-2026\"}]");
		task("Check the lamp texts before launch", "", "[\"mary\"]", "[]", hours(6), "[]");
		task("Review the new size charts", "", "[\"mary\"]", "[]", days(9), "[]");
		status(task("Fix broken asset links", "", "[\"mary\"]", "[]", null,
				"[{\"EntityType\": 3, \"EntityId\": " + "\"img-778\"}]"), 3);
		status(task("Approve the autumn category tree", "", "[\"mary\"]", "[]", days(20), "[]"), 2);
		status(task("Remove discontinued variants", "", "[\"mary\"]", "[]", days(-10), "[]"), 4);
		comment(images, "john", "I will start with the sofas; the studio has them this week.");
		status(images, 2);
		comment(images, "mary", "Great, thanks. The 1023 photos are already done.");
		this.admin.post("/v1/webhooks", "{\"Title\": \"PIM sync\", \"Url\": \"http://localhost:9/hooks/usertasks\", "
				+ "\"Active\": true, \"EnabledEvents\": [\"usertasks:*\"], \"Secret\": \"s3cret\"}");
		task("Update the care instructions", "", "[\"jane\"]", "[]", days(4), "[]");

		WebDriver browser = newBrowser();
		signIn(browser, "mary", password);
		shoot(browser, "/", "inbox.png", 1280);
		shoot(browser, "/tasks/" + images, "task.png", 1280);
		shoot(browser, "/tasks/new", "task-form.png", 1280);
		shoot(browser, "/admin/users", "admin-users.png", 1280);
		shoot(browser, "/admin/apikeys", "admin-api-keys.png", 1280);
		String webhook = this.admin.get("/v1/webhooks").json().get(0).get("Uid").asString();
		shoot(browser, "/admin/webhooks/" + webhook, "admin-webhook.png", 1280);
		// 640 CSS pixels wide is how a 1280-pixel window lays out at 200% zoom.
		shoot(browser, "/", "inbox-200-percent.png", 640);
	}

	private void shoot(WebDriver browser, String path, String file, int width) throws IOException {
		browser.manage().window().setSize(new Dimension(width, 900));
		open(browser, path);
		waitFor(browser).until((driver) -> !driver.findElements(By.tagName("footer")).isEmpty());
		long height = (Long) ((JavascriptExecutor) browser)
			.executeScript("return document.documentElement.scrollHeight");
		browser.manage().window().setSize(new Dimension(width, (int) Math.min(Math.max(height, 600), 2400)));
		Files.write(DOCS.resolve(file), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
	}

	private String task(String title, String description, String users, String groups, String deadline,
			String entities) {
		String uid = UUID.randomUUID().toString();
		String deadlineField = (deadline != null) ? "\"Deadline\": \"" + deadline + "\", " : "";
		ApiClient.Response response = this.admin.post("/v1/usertasks",
				"{\"Uid\": \"" + uid + "\", \"Title\": \"" + title + "\", \"Description\": \"" + description + "\", "
						+ deadlineField + "\"AssignedUsers\": " + users + ", \"AssignedUserGroups\": " + groups
						+ ", \"AttachedEntities\": " + entities + "}");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return uid;
	}

	private void status(String uid, int status) {
		assertThat(this.admin.post("/v1/usertasks/" + uid + "/status", "{\"Status\": " + status + "}").status())
			.isEqualTo(200);
	}

	private void comment(String uid, String user, String text) {
		ApiClient as = this.admin.as(createKey(user, false));
		assertThat(as.post("/v1/usertasks/" + uid + "/comments", "{\"Comment\": \"" + text + "\"}").status())
			.isEqualTo(200);
	}

	private static String days(int days) {
		return Instant.now().plus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS).toString();
	}

	private static String hours(int hours) {
		return Instant.now().plus(hours, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES).toString();
	}

}

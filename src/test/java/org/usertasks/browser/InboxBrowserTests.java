package org.usertasks.browser;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.usertasks.ApiClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inbox in Chromium: filtering, keyboard navigation, and a change made elsewhere
 * arriving in an open inbox without a reload.
 */
class InboxBrowserTests extends BrowserTestSupport {

	private static final By TITLES = By.cssSelector("#inbox-results .task-link");

	@Test
	void filtersTheInboxByTextStatusAndOverdue() {
		String password = createUserWithPassword("ann", "Ann Archer", false);
		task("Translate the sofa", "ann", "2020-01-01T00:00:00Z");
		task("Photograph the sofa", "ann", null);
		task("Check the lamp", "ann", null);
		inStatus(task("Sofa feedback", "ann", null), 3);
		WebDriver browser = newBrowser();
		signIn(browser, "ann", password);
		assertThat(titles(browser)).hasSize(4);

		type(browser, By.id("q"), "sofa");
		applyFilters(browser);
		waitForTitles(browser, 3);
		assertThat(titles(browser)).containsExactlyInAnyOrder("Translate the sofa", "Photograph the sofa",
				"Sofa feedback");
		assertThat(browser.getCurrentUrl()).contains("q=sofa");

		new Select(browser.findElement(By.id("status"))).selectByVisibleText("Awaiting feedback");
		applyFilters(browser);
		waitForTitles(browser, 1);
		assertThat(titles(browser)).containsExactly("Sofa feedback");

		new Select(browser.findElement(By.id("status"))).selectByVisibleText("Any status");
		browser.findElement(By.id("overdue")).click();
		applyFilters(browser);
		waitForTitles(browser, 1);
		assertThat(titles(browser)).containsExactly("Translate the sofa");
		assertThat(browser.findElement(By.cssSelector(".task-row .badge-overdue")).getText()).isEqualTo("Overdue");
	}

	@Test
	void theStatusCountsFilterWithOneClick() {
		String password = createUserWithPassword("ann", "Ann Archer", false);
		task("New one", "ann", null);
		inStatus(task("Started one", "ann", null), 2);
		WebDriver browser = newBrowser();
		signIn(browser, "ann", password);

		WebElement results = browser.findElement(By.id("inbox-results"));
		browser.findElement(By.cssSelector("a[data-status=InProgress]")).click();
		waitFor(browser).until((driver) -> isGone(results));

		waitForTitles(browser, 1);
		assertThat(titles(browser)).containsExactly("Started one");
	}

	@Test
	void jAndKMoveBetweenTasksAndSlashJumpsToTheSearchBox() {
		String password = createUserWithPassword("ann", "Ann Archer", false);
		task("First", "ann", "2030-01-01T00:00:00Z");
		task("Second", "ann", "2030-01-02T00:00:00Z");
		WebDriver browser = newBrowser();
		signIn(browser, "ann", password);
		WebElement body = browser.findElement(By.tagName("body"));

		body.sendKeys("j");
		assertThat(browser.switchTo().activeElement().getText()).isEqualTo("First");
		browser.switchTo().activeElement().sendKeys("j");
		assertThat(browser.switchTo().activeElement().getText()).isEqualTo("Second");
		browser.switchTo().activeElement().sendKeys("k");
		assertThat(browser.switchTo().activeElement().getText()).isEqualTo("First");

		browser.switchTo().activeElement().sendKeys("/");
		assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("q");
		WebElement results = browser.findElement(By.id("inbox-results"));
		browser.switchTo().activeElement().sendKeys("Second", Keys.ENTER);
		waitFor(browser).until((driver) -> isGone(results));
		waitForTitles(browser, 1);
		assertThat(titles(browser)).containsExactly("Second");
	}

	@Test
	void aTaskAssignedElsewhereAppearsInTheOpenInboxWithoutAReload() {
		String password = createUserWithPassword("ann", "Ann Archer", false);
		task("Already there", "ann", null);
		WebDriver browser = newBrowser();
		signIn(browser, "ann", password);
		waitUntilLive(browser);

		task("Assigned by an integration", "ann", null);

		waitForTitles(browser, 2);
		assertThat(titles(browser)).contains("Assigned by an integration");
		assertThat(isStillTheSamePage(browser)).isTrue();
	}

	private String task(String title, String user, String deadline) {
		String uid = UUID.randomUUID().toString();
		String deadlineField = (deadline != null) ? ", \"Deadline\": \"" + deadline + "\"" : "";
		ApiClient.Response response = this.admin.post("/v1/usertasks", "{\"Uid\": \"" + uid + "\", \"Title\": \""
				+ title + "\", \"AssignedUsers\": [\"" + user + "\"]" + deadlineField + "}");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return uid;
	}

	private void inStatus(String uid, int status) {
		assertThat(this.admin.post("/v1/usertasks/" + uid + "/status", "{\"Status\": " + status + "}").status())
			.isEqualTo(200);
	}

	/** Sends the filter form and waits until the new list has replaced the old one. */
	private void applyFilters(WebDriver browser) {
		WebElement results = browser.findElement(By.id("inbox-results"));
		browser.findElement(By.id("apply-filters")).click();
		waitFor(browser).until((driver) -> isGone(results));
	}

	private void waitForTitles(WebDriver browser, int count) {
		waitFor(browser).withMessage(count + " tasks listed")
			.until((driver) -> driver.findElements(TITLES).size() == count);
	}

	private static List<String> titles(WebDriver browser) {
		return browser.findElements(TITLES).stream().map(WebElement::getText).toList();
	}

}

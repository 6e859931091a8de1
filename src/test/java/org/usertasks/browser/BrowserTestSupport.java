package org.usertasks.browser;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.usertasks.ApiClient;
import org.usertasks.ApiTestSupport;
import org.usertasks.identity.SignInService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the browser tests: the whole service on a random port (the same Spring context
 * as the API tests), driven through real headless Chromium. A test opens one browser per
 * person with {@link #newBrowser()}; all are closed after the test, and a failed test
 * leaves screenshots (see {@link ScreenshotOnFailure}).
 * <p>
 * Pages are awaited by what they show ({@link #waitForText}), never by sleeping: htmx
 * swaps content after the click has returned.
 */
@NeedsChromium
@ExtendWith(ScreenshotOnFailure.class)
abstract class BrowserTestSupport extends ApiTestSupport {

	/** The password {@link #createUserWithPassword} gives everyone. */
	static final String PASSWORD = "correct horse battery";

	static final Duration TIMEOUT = Duration.ofSeconds(20);

	@Autowired
	SignInService signInService;

	private final List<Chromium.Browser> browsers = new ArrayList<>();

	/** A new browser, signed in as nobody, with cookies of its own. */
	WebDriver newBrowser() {
		Chromium.Browser browser = Chromium.start();
		this.browsers.add(browser);
		return browser.driver();
	}

	List<WebDriver> openBrowsers() {
		return this.browsers.stream().map(Chromium.Browser::driver).toList();
	}

	@AfterEach
	void closeBrowsers() {
		RuntimeException failure = null;
		for (Chromium.Browser browser : this.browsers) {
			try {
				browser.close();
			}
			catch (RuntimeException ex) {
				failure = (failure != null) ? failure : ex;
			}
		}
		this.browsers.clear();
		if (failure != null) {
			throw failure;
		}
	}

	/**
	 * Creates a user, through the API as an integration would, who can sign in with
	 * {@link #PASSWORD}, and answers that password.
	 * @param name first and last name, shown in the top bar once signed in
	 * @param admin whether the user has the role that opens the admin pages
	 */
	String createUserWithPassword(String userId, String name, boolean admin) {
		int space = name.indexOf(' ');
		String firstname = (space < 0) ? name : name.substring(0, space);
		String lastname = (space < 0) ? "" : name.substring(space + 1);
		ApiClient.Response response = this.admin.post("/v1/users", """
				{"Uid": "%s", "Email": "%s@example.com", "Firstname": "%s", "Lastname": "%s", "Roles": [%s]}"""
			.formatted(userId, userId, firstname, lastname, admin ? "\"" + SignInService.ADMIN_ROLE + "\"" : ""));
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		this.signInService.setPassword(userId, PASSWORD);
		return PASSWORD;
	}

	/** The address of a page of the service under test. */
	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	/** Opens a page and waits until it has loaded. */
	void open(WebDriver browser, String path) {
		browser.get(url(path));
	}

	/**
	 * Signs in on the sign-in page and waits until the browser has left it for the inbox.
	 */
	void signIn(WebDriver browser, String login, String password) {
		submitSignIn(browser, login, password);
		waitFor(browser).withMessage("signed in as " + login)
			.until((driver) -> "/".equals(path(driver)) || signedInName(driver) != null);
	}

	/**
	 * Fills in and sends the sign-in form, and waits for the page that answers, whatever
	 * it says.
	 */
	void submitSignIn(WebDriver browser, String login, String password) {
		open(browser, "/login");
		WebElement form = browser.findElement(By.cssSelector("main form"));
		type(browser, By.id("username"), login);
		type(browser, By.id("password"), password);
		form.findElement(By.cssSelector("button[type=submit]")).click();
		waitFor(browser).until((driver) -> isGone(form));
		waitUntilLoaded(browser);
	}

	/**
	 * Whether an element belongs to a page the browser has left. Chromium reports such an
	 * element as stale, or now and then as a node that "does not belong to the document".
	 */
	static boolean isGone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException ex) {
			return true;
		}
		catch (WebDriverException ex) {
			if (ex.getMessage() != null && ex.getMessage().contains("does not belong to the document")) {
				return true;
			}
			throw ex;
		}
	}

	/** Clicks "Sign out" in the top bar and waits for the sign-in page. */
	void signOut(WebDriver browser) {
		browser.findElement(By.cssSelector("header.top-bar .account button[type=submit]")).click();
		waitForText(browser, By.cssSelector("main"), "You are signed out.");
	}

	/** Replaces the text of an input. */
	void type(WebDriver browser, By input, String text) {
		WebElement element = waitFor(browser).until(ExpectedConditions.elementToBeClickable(input));
		element.clear();
		element.sendKeys(text);
	}

	/** Waits until an element shows a text (htmx may still be swapping it in). */
	WebElement waitForText(WebDriver browser, By element, String text) {
		waitFor(browser).withMessage("'" + text + "' in " + element)
			.until(ExpectedConditions.textToBePresentInElementLocated(element, text));
		return browser.findElement(element);
	}

	/** Waits until the browser shows a page at this path (query ignored). */
	void waitForPath(WebDriver browser, String path) {
		waitFor(browser).withMessage("the page at " + path).until((driver) -> path.equals(path(driver)));
		waitUntilLoaded(browser);
	}

	/**
	 * Waits until the page's live stream is connected, and marks the page, so that
	 * {@link #isStillTheSamePage} can tell an update in place from a reload.
	 */
	void waitUntilLive(WebDriver browser) {
		waitFor(browser).withMessage("the live stream connected")
			.until((driver) -> "true".equals(
					((JavascriptExecutor) driver).executeScript("return document.body.dataset.liveConnected || ''")));
		((JavascriptExecutor) browser).executeScript("window.stillTheSamePage = true");
	}

	/** Whether the page marked by {@link #waitUntilLive} was not reloaded since. */
	static boolean isStillTheSamePage(WebDriver browser) {
		return Boolean.TRUE
			.equals(((JavascriptExecutor) browser).executeScript("return window.stillTheSamePage === true"));
	}

	WebDriverWait waitFor(WebDriver browser) {
		return new WebDriverWait(browser, TIMEOUT);
	}

	/**
	 * The name in the top bar, which only a signed-in person sees; null on pages without
	 * it.
	 */
	static String signedInName(WebDriver browser) {
		List<WebElement> account = browser.findElements(By.cssSelector("header.top-bar .account a"));
		return account.isEmpty() ? null : account.get(0).getText();
	}

	static String path(WebDriver browser) {
		return URI.create(browser.getCurrentUrl()).getPath();
	}

	private void waitUntilLoaded(WebDriver browser) {
		waitFor(browser).until((driver) -> "complete"
			.equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
	}

}

package org.usertasks.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import org.usertasks.identity.SignInService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in, out and choosing passwords, as a person does it in Chromium: real cookies,
 * real form posts, htmx included.
 */
class SignInBrowserTests extends BrowserTestSupport {

	private static final By MAIN = By.cssSelector("main");

	@Test
	void signsInWithTheRightPassword() {
		String password = createUserWithPassword("ann", "Ann Archer", false);
		WebDriver browser = newBrowser();

		signIn(browser, "ann", password);

		assertThat(path(browser)).isEqualTo("/");
		open(browser, "/account");
		assertThat(signedInName(browser)).isEqualTo("Ann Archer");
		assertThat(browser.findElement(MAIN).getText()).contains("ann");
	}

	@Test
	void signsInWithTheEmailAddressToo() {
		String password = createUserWithPassword("ann", "Ann Archer", false);
		WebDriver browser = newBrowser();

		signIn(browser, "ann@example.com", password);

		open(browser, "/account");
		assertThat(signedInName(browser)).isEqualTo("Ann Archer");
	}

	@Test
	void refusesAWrongPasswordAndStaysSignedOut() {
		createUserWithPassword("ann", "Ann Archer", false);
		WebDriver browser = newBrowser();

		submitSignIn(browser, "ann", "not my password at all");

		assertThat(path(browser)).isEqualTo("/login");
		waitForText(browser, By.cssSelector("main .alert-error"), "Wrong user or password.");
		assertThat(signedInName(browser)).isNull();
		open(browser, "/account");
		waitForPath(browser, "/login");
	}

	@Test
	void locksTheAccountAfterFiveWrongPasswordsSoThatEvenTheRightOneIsRefused() {
		String password = createUserWithPassword("ann", "Ann Archer", false);
		WebDriver browser = newBrowser();
		for (int attempt = 1; attempt <= 5; attempt++) {
			submitSignIn(browser, "ann", "wrong password " + attempt);
			waitForText(browser, By.cssSelector("main .alert-error"), "Wrong user or password.");
		}

		submitSignIn(browser, "ann", password);

		waitForText(browser, By.cssSelector("main .alert-error"), "Too many failed sign-ins. Try again in 15 minutes.");
		assertThat(path(browser)).isEqualTo("/login");
		assertThat(signedInName(browser)).isNull();
		open(browser, "/account");
		waitForPath(browser, "/login");
	}

	@Test
	void signOutEndsTheSession() {
		String password = createUserWithPassword("ann", "Ann Archer", false);
		WebDriver browser = newBrowser();
		signIn(browser, "ann", password);
		open(browser, "/account");

		signOut(browser);

		assertThat(path(browser)).isEqualTo("/login");
		assertThat(signedInName(browser)).isNull();
		open(browser, "/account");
		waitForPath(browser, "/login");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Sign in to UserTasks");
	}

	@Test
	void anAdminSeesTheAdminLinksAndOthersDoNot() {
		String password = createUserWithPassword("boss", "Bea Boss", true);
		createUserWithPassword("ann", "Ann Archer", false);
		WebDriver admin = newBrowser();
		WebDriver ann = newBrowser();

		signIn(admin, "boss", password);
		signIn(ann, "ann", password);

		open(admin, "/account");
		open(ann, "/account");
		assertThat(signedInName(admin)).isEqualTo("Bea Boss");
		assertThat(signedInName(ann)).isEqualTo("Ann Archer");
		assertThat(admin.findElement(By.cssSelector("header.top-bar nav")).getText()).contains("Users");
		assertThat(ann.findElement(By.cssSelector("header.top-bar nav")).getText()).doesNotContain("Users");
	}

	@Test
	void anInviteLinkLetsANewUserChooseAPasswordOnce() {
		this.admin.post("/v1/users", """
				{"Uid": "cal", "Email": "cal@example.com", "Firstname": "Cal", "Lastname": "Cook"}""");
		SignInService.Invite invite = this.signInService.invite("cal");
		WebDriver browser = newBrowser();
		open(browser, "/invite/" + invite.token());
		waitForText(browser, MAIN, "You are setting the password of cal");

		choosePassword(browser, "a brand new password", "a different password");
		waitForText(browser, By.cssSelector("main .alert-error"), "The two passwords differ.");
		choosePassword(browser, "a brand new password", "a brand new password");

		waitForText(browser, By.cssSelector("main .alert-info"), "Your password is set. Sign in with it now.");
		signIn(browser, "cal", "a brand new password");
		open(browser, "/account");
		assertThat(signedInName(browser)).isEqualTo("Cal Cook");
		WebDriver later = newBrowser();
		open(later, "/invite/" + invite.token());
		waitForText(later, By.tagName("h1"), "This link no longer works");
		assertThat(later.findElements(By.id("password"))).isEmpty();
	}

	@Test
	void changesTheOwnPasswordOnTheAccountPage() {
		String password = createUserWithPassword("ann", "Ann Archer", false);
		WebDriver browser = newBrowser();
		signIn(browser, "ann", password);
		open(browser, "/account");

		changePassword(browser, "not my password at all", "my next password", "my next password");
		waitForText(browser, By.cssSelector("main .alert-error"), "That is not your current password.");
		changePassword(browser, password, "my next password", "my next password");

		waitForText(browser, By.cssSelector("main .alert-info"), "Your password was changed.");
		signOut(browser);
		submitSignIn(browser, "ann", password);
		waitForText(browser, By.cssSelector("main .alert-error"), "Wrong user or password.");
		signIn(browser, "ann", "my next password");
		assertThat(path(browser)).isEqualTo("/");
	}

	private void choosePassword(WebDriver browser, String password, String confirm) {
		type(browser, By.id("password"), password);
		type(browser, By.id("confirm"), confirm);
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
	}

	private void changePassword(WebDriver browser, String current, String password, String confirm) {
		type(browser, By.id("current"), current);
		type(browser, By.id("password"), password);
		type(browser, By.id("confirm"), confirm);
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
	}

}

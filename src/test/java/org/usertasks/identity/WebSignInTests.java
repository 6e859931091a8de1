package org.usertasks.identity;

import java.time.Duration;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.usertasks.WebSession;
import org.usertasks.task.TaskApiTestSupport;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * People signing in to the web inbox, over real HTTP: passwords, lock-out after repeated
 * failures, invite links, and sessions that end when the user is disabled. The clock is
 * the test's, so lock-outs and invites expire on demand.
 */
class WebSignInTests extends TaskApiTestSupport {

	private static final String PASSWORD = "correct horse battery";

	@Autowired
	private SignInService signIn;

	@BeforeEach
	void annHasAPassword() {
		createUser("ann", "Ann", "Andersen");
		this.signIn.setPassword("ann", PASSWORD);
	}

	@Test
	void theRightPasswordSignsInAndTheSessionCookieIsHttpOnlyAndSameSite() {
		WebSession.Page signIn = WebSession.onPort(this.port)
			.post("/login", Map.of("username", "ann", "password", PASSWORD));

		assertThat(signIn.status()).isEqualTo(302);
		assertThat(signIn.location()).endsWith("/");
	}

	@Test
	void peopleMaySignInWithTheirEmailToo() {
		WebSession ann = WebSession.signedIn(this.port, "ann@example.com", PASSWORD);

		assertThat(ann.get("/account").body()).contains("Andersen");
	}

	@Test
	void aWrongPasswordOrUnknownUserGetsTheSameMessage() {
		WebSession visitor = WebSession.onPort(this.port);

		assertThat(visitor.post("/login", Map.of("username", "ann", "password", "wrong password")).location())
			.endsWith("/login?error");
		assertThat(visitor.post("/login", Map.of("username", "nobody", "password", PASSWORD)).location())
			.endsWith("/login?error");
		assertThat(alert(visitor.get("/login?error"))).isEqualTo("Wrong user or password.");
	}

	@Test
	void fiveFailuresInARowLockTheAccountForFifteenMinutesEvenForTheRightPassword() {
		WebSession visitor = WebSession.onPort(this.port);
		for (int i = 0; i < 5; i++) {
			visitor.post("/login", Map.of("username", "ann", "password", "guess " + i));
		}

		WebSession.Page locked = visitor.post("/login", Map.of("username", "ann", "password", PASSWORD));
		assertThat(locked.location()).endsWith("/login?locked");
		assertThat(alert(visitor.get("/login?locked"))).startsWith("Too many failed sign-ins. Try again in 15 minutes");

		this.clock.advance(Duration.ofMinutes(15));
		assertThat(
				WebSession.onPort(this.port).post("/login", Map.of("username", "ann", "password", PASSWORD)).location())
			.endsWith("/");
	}

	@Test
	void aSuccessfulSignInStartsTheFailureCountAfresh() {
		WebSession visitor = WebSession.onPort(this.port);
		for (int i = 0; i < 4; i++) {
			visitor.post("/login", Map.of("username", "ann", "password", "guess " + i));
		}
		WebSession.signedIn(this.port, "ann", PASSWORD);
		for (int i = 0; i < 4; i++) {
			visitor.post("/login", Map.of("username", "ann", "password", "guess " + i));
		}

		WebSession.signedIn(this.port, "ann", PASSWORD);
	}

	@Test
	void anInviteLinkLetsTheUserChooseAPasswordOnce() {
		createUser("bob", "Bob", "Berg");
		SignInService.Invite invite = this.signIn.invite("bob");
		WebSession bob = WebSession.onPort(this.port);

		assertThat(bob.get("/invite/" + invite.token()).body()).contains("Choose your password");
		WebSession.Page tooShort = bob.post("/invite/" + invite.token(),
				Map.of("password", "short", "confirm", "short"));
		assertThat(tooShort.status()).isEqualTo(400);
		assertThat(alert(tooShort)).contains("at least 10 characters");
		WebSession.Page mismatch = bob.post("/invite/" + invite.token(),
				Map.of("password", "bob's long password", "confirm", "something else"));
		assertThat(alert(mismatch)).isEqualTo("The two passwords differ.");

		WebSession.Page chosen = bob.post("/invite/" + invite.token(),
				Map.of("password", "bob's long password", "confirm", "bob's long password"));
		assertThat(chosen.location()).endsWith("/login?passwordSet");
		WebSession.signedIn(this.port, "bob", "bob's long password");

		WebSession.Page again = bob.post("/invite/" + invite.token(),
				Map.of("password", "another long password", "confirm", "another long password"));
		assertThat(again.status()).isEqualTo(404);
		assertThat(again.body()).contains("This link no longer works");
	}

	@Test
	void anInviteExpiresAfterSevenDaysAndANewOneReplacesTheOld() {
		SignInService.Invite first = this.signIn.invite("ann");
		SignInService.Invite second = this.signIn.invite("ann");

		assertThat(this.signIn.inviteeOf(first.token())).isEmpty();
		assertThat(this.signIn.inviteeOf(second.token())).contains("ann");
		this.clock.advance(Duration.ofDays(7));
		assertThat(this.signIn.inviteeOf(second.token())).isEmpty();
	}

	@Test
	void disablingAUserEndsTheirSessionAtTheirNextRequest() {
		WebSession ann = WebSession.signedIn(this.port, "ann", PASSWORD);
		assertThat(ann.get("/").status()).isEqualTo(200);

		assertThat(this.admin.put("/v1/users", "{\"Uid\": \"ann\", \"Status\": 2}").status()).isEqualTo(200);

		assertThat(ann.get("/").status()).isEqualTo(302);
		assertThat(
				WebSession.onPort(this.port).post("/login", Map.of("username", "ann", "password", PASSWORD)).location())
			.endsWith("/login?error");
	}

	@Test
	void aRoleGivenByAnAdminAppliesWithoutSigningInAgain() {
		WebSession ann = WebSession.signedIn(this.port, "ann", PASSWORD);
		assertThat(ann.get("/account").body()).doesNotContain("/admin/users");

		assertThat(this.admin.put("/v1/users", "{\"Uid\": \"ann\", \"Firstname\": \"Ann\", \"Roles\": [\"Admin\"]}")
			.status()).isEqualTo(200);

		assertThat(ann.get("/account").body()).contains("/admin/users");
	}

	@Test
	void changingTheOwnPasswordNeedsTheCurrentOne() {
		WebSession ann = WebSession.signedIn(this.port, "ann", PASSWORD);
		ann.get("/account");

		WebSession.Page wrong = ann.post("/account/password",
				Map.of("current", "not it", "password", "a new long password", "confirm", "a new long password"));
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(alert(wrong)).isEqualTo("That is not your current password.");

		WebSession.Page changed = ann.post("/account/password",
				Map.of("current", PASSWORD, "password", "a new long password", "confirm", "a new long password"));
		assertThat(changed.status()).isEqualTo(200);
		WebSession.signedIn(this.port, "ann", "a new long password");
	}

	@Test
	void aFormWithoutTheCsrfTokenIsRefused() {
		WebSession ann = WebSession.signedIn(this.port, "ann", PASSWORD);

		WebSession.Page forged = ann.post("/account/password", Map.of("_csrf", "forged", "current", PASSWORD,
				"password", "a new long password", "confirm", "a new long password"));

		assertThat(forged.status()).isEqualTo(403);
		WebSession.signedIn(this.port, "ann", PASSWORD);
	}

	@Test
	void passwordsAreStoredAsArgon2idHashes() {
		String stored = this.jdbc.sql("select password_hash from user_credential where user_uid = 'ann'")
			.query(String.class)
			.single();

		assertThat(stored).startsWith("{argon2}$argon2id$").doesNotContain(PASSWORD);
	}

	@Test
	void aPasswordMustBeLongEnough() {
		assertThatExceptionOfType(org.usertasks.system.InvalidRequestException.class)
			.isThrownBy(() -> this.signIn.setPassword("ann", "short"))
			.withMessageContaining("at least 10 characters");
	}

	@Test
	void theApiDoesNotAcceptTheSessionCookieAndTheWebDoesNotAcceptApiKeys() {
		WebSession ann = WebSession.signedIn(this.port, "ann", PASSWORD);

		assertThat(ann.get("/v1/usertasks").status()).isEqualTo(401);
		assertThat(this.admin.get("/").status()).isEqualTo(302);
	}

	private static String alert(WebSession.Page page) {
		return Jsoup.parse(page.body()).selectFirst(".alert").text();
	}

}

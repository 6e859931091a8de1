package org.usertasks.identity;

import java.util.Set;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.usertasks.ApiTestSupport;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/**
 * Base of the admin page tests: the whole service (the same context as the API tests),
 * pages called through MockMvc with the security filters, signed in as a person the way
 * the password sign-in does it, and the API over real HTTP to check what changed.
 */
abstract class AdminPagesTestSupport extends ApiTestSupport {

	@Autowired
	private WebApplicationContext context;

	protected MockMvc mvc;

	@BeforeEach
	void buildMockMvcWithSecurity() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	/** Signed in as the bootstrap admin, whose role is Admin. */
	protected static RequestPostProcessor asAdmin() {
		return signedIn(new CurrentUser("admin", "Admin", Set.of(), true));
	}

	/** Signed in as a person without the Admin role; the user must exist. */
	protected static RequestPostProcessor asUser(String uid) {
		return signedIn(new CurrentUser(uid, uid, Set.of(), false));
	}

	private static RequestPostProcessor signedIn(CurrentUser user) {
		return authentication(CallerAuthentication.of(user));
	}

}

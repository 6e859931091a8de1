package org.usertasks.inbox;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.usertasks.identity.CallerAuthentication;
import org.usertasks.identity.SignInService;
import org.usertasks.task.TaskApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/**
 * Base of the task page tests: the pages through MockMvc, as a signed-in person, and the
 * API (real HTTP, admin key) to set up tasks and to check what the pages stored. MockMvc
 * is built on the same context as the API tests, so all share one Spring context.
 */
abstract class TaskWebTestSupport extends TaskApiTestSupport {

	@Autowired
	private WebApplicationContext context;

	@Autowired
	private SignInService signIn;

	protected MockMvc mvc;

	@BeforeEach
	void buildMockMvc() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	/**
	 * A person signed in to the web pages, as the password sign-in makes them: the user
	 * must exist.
	 */
	protected RequestPostProcessor as(String userId) {
		return authentication(CallerAuthentication.of(this.signIn.callerOf(userId).orElseThrow()));
	}

	/** Performs a request and answers its result. */
	protected MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn();
	}

	/** Posts a form as the user, with the CSRF token a page's form carries. */
	protected MvcResult postAs(String userId, MockHttpServletRequestBuilder request) throws Exception {
		return perform(request.with(as(userId)).with(csrf()));
	}

	/** The page as the user sees it: its HTML, after checking the status. */
	protected String page(String userId, String path, int status) throws Exception {
		MvcResult result = perform(
				org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path).with(as(userId)));
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(status);
		return result.getResponse().getContentAsString();
	}

	/** The task's version, as its page writes it into each form. */
	protected long version(String uid) {
		return this.jdbc.sql("select version from user_task where uid = :uid")
			.param("uid", java.util.UUID.fromString(uid))
			.query(Long.class)
			.single();
	}

}

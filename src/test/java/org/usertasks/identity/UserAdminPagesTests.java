package org.usertasks.identity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

import static org.hamcrest.Matchers.containsString;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The users admin pages: only admins see them; creating, editing and deleting through the
 * forms changes what the API answers; and an admin gives a person a password or an invite
 * link with which they choose one and sign in.
 */
class UserAdminPagesTests extends AdminPagesTestSupport {

	@ParameterizedTest
	@ValueSource(strings = { "/admin/users", "/admin/users/new", "/admin/users/admin", "/admin/groups",
			"/admin/apikeys", "/admin/webhooks", "/admin/webhooks/new" })
	void refusesPeopleWithoutTheAdminRole(String path) throws Exception {
		createUser("reader", "Rae", "Reed");

		this.mvc.perform(get(path).with(asUser("reader"))).andExpect(status().isForbidden());
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin/users", "/admin/groups", "/admin/apikeys", "/admin/webhooks" })
	void sendsSignedOutPeopleToSignIn(String path) throws Exception {
		this.mvc.perform(get(path).accept(MediaType.TEXT_HTML))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void listsUsersWithTheirGroupsByNameAndWhetherTheyHaveAPassword() throws Exception {
		String editors = createGroup("Editors");
		createUser("ann", "Ann", "Lee", editors);
		this.admin.put("/v1/users/ann/password", "{\"Password\": \"a long password\"}");

		String page = this.mvc.perform(get("/admin/users").with(asAdmin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("<h1>Users</h1>", "ann@example.com", "Ann Lee", "Editors", "Active");
		assertThat(row(page, "ann")).contains("Yes");
		assertThat(row(page, "admin")).contains("Admin").contains("No");
	}

	@Test
	void createsAUserThroughTheForm() throws Exception {
		String editors = createGroup("Editors");
		this.mvc.perform(get("/admin/users/new").with(asAdmin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("New user")));

		this.mvc
			.perform(post("/admin/users").with(asAdmin())
				.with(csrf())
				.param("uid", "bo")
				.param("email", "bo@example.com")
				.param("firstname", "Bo")
				.param("lastname", "Berg")
				.param("status", "Active")
				.param("roles", "Editor, Translator")
				.param("groups", editors))
			.andExpect(redirectedUrl("/admin/users/bo?created"));

		assertThat(this.admin.get("/v1/users/bo").json()).isEqualTo(org.usertasks.ApiClient.parse("""
				{"Uid": "bo", "Email": "bo@example.com", "Firstname": "Bo", "Lastname": "Berg", "Status": 1,
				 "UserGroups": ["%s"], "Roles": ["Editor", "Translator"]}""".formatted(editors)));
	}

	@Test
	void showsTheFormAgainWithTheMessageWhenTheUserIdIsBad() throws Exception {
		String page = this.mvc
			.perform(post("/admin/users").with(asAdmin())
				.with(csrf())
				.param("uid", "no spaces please")
				.param("firstname", "Typed"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("User id", "without spaces", "value=\"Typed\"");
		assertThat(this.admin.get("/v1/users").json().size()).isEqualTo(1);
	}

	@Test
	void refusesADuplicateUserIdWith409() throws Exception {
		createUser("ann", "Ann", "Lee");

		this.mvc.perform(post("/admin/users").with(asAdmin()).with(csrf()).param("uid", "ann"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("ann")));
	}

	@Test
	void editsAUserThroughTheForm() throws Exception {
		String editors = createGroup("Editors");
		String translators = createGroup("Translators");
		createUser("ann", "Ann", "Lee", editors);
		String page = this.mvc.perform(get("/admin/users/ann").with(asAdmin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("User <span>ann</span>", "value=\"ann@example.com\"", "Translators");

		this.mvc
			.perform(post("/admin/users/ann").with(asAdmin())
				.with(csrf())
				.param("email", "ann.lee@example.com")
				.param("firstname", "Ann")
				.param("lastname", "Lee-Berg")
				.param("status", "Disabled")
				.param("roles", "Reviewer")
				.param("groups", translators))
			.andExpect(redirectedUrl("/admin/users/ann?saved"));

		JsonNode user = this.admin.get("/v1/users/ann").json();
		assertThat(user.get("Email").asString()).isEqualTo("ann.lee@example.com");
		assertThat(user.get("Lastname").asString()).isEqualTo("Lee-Berg");
		assertThat(user.get("Status").asInt()).isEqualTo(2);
		assertThat(user.get("Roles").toString()).isEqualTo("[\"Reviewer\"]");
		assertThat(user.get("UserGroups").toString()).isEqualTo("[\"" + translators + "\"]");
	}

	@Test
	void refusesAnUnknownGroupWith400AndKeepsTheUser() throws Exception {
		createUser("ann", "Ann", "Lee");

		this.mvc
			.perform(post("/admin/users/ann").with(asAdmin())
				.with(csrf())
				.param("firstname", "Changed")
				.param("groups", "2f8d3c4a-5b6e-4f70-8a91-b2c3d4e5f601"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("no user group")));

		assertThat(this.admin.get("/v1/users/ann").json().get("Firstname").asString()).isEqualTo("Ann");
	}

	@Test
	void refusesToDisableTheOnlyAdminKeysUserWith409() throws Exception {
		this.mvc
			.perform(post("/admin/users/admin").with(asAdmin())
				.with(csrf())
				.param("firstname", "Admin")
				.param("status", "Disabled")
				.param("roles", "Admin"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("no working admin API key")));

		assertThat(this.admin.get("/v1/users/admin").json().get("Status").asInt()).isEqualTo(1);
	}

	@Test
	void deletesAUser() throws Exception {
		createUser("ann", "Ann", "Lee");

		this.mvc.perform(post("/admin/users/ann/delete").with(asAdmin()).with(csrf()))
			.andExpect(redirectedUrl("/admin/users?deleted=ann"));

		assertThat(this.admin.get("/v1/users/ann").status()).isEqualTo(404);
	}

	@Test
	void answers404ForAnUnknownUser() throws Exception {
		this.mvc.perform(get("/admin/users/nobody").with(asAdmin())).andExpect(status().isNotFound());
	}

	@Test
	void setsAndRemovesAPassword() throws Exception {
		createUser("ann", "Ann", "Lee");

		this.mvc.perform(post("/admin/users/ann/password").with(asAdmin()).with(csrf()).param("password", "short"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("at least 10 characters")));
		this.mvc
			.perform(
					post("/admin/users/ann/password").with(asAdmin()).with(csrf()).param("password", "a long password"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The password was set.")));
		assertThat(signIn("ann", "a long password")).isEqualTo("/");

		this.mvc.perform(post("/admin/users/ann/password/remove").with(asAdmin()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("cannot sign in")));
		assertThat(signIn("ann", "a long password")).isEqualTo("/login?error");
	}

	@Test
	void anInviteLinkLetsThePersonChooseAPasswordAndSignIn() throws Exception {
		createUser("ann", "Ann", "Lee");

		String page = this.mvc.perform(post("/admin/users/ann/invite").with(asAdmin()).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		Matcher link = Pattern.compile("id=\"invite-link\" class=\"secret\">(http://localhost/invite/([^<]+))<")
			.matcher(page);
		assertThat(link.find()).as(page).isTrue();
		assertThat(page).contains("It works once, until");
		String token = link.group(2);
		this.mvc.perform(get("/invite/" + token))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose your password")));
		this.mvc
			.perform(post("/invite/" + token).with(csrf())
				.param("password", "my own password")
				.param("confirm", "my own password"))
			.andExpect(redirectedUrl("/login?passwordSet"));
		assertThat(signIn("ann", "my own password")).isEqualTo("/");
		this.mvc.perform(get("/invite/" + token))
			.andExpect(content().string(containsString("This link no longer works")));
	}

	/** Signs in through the form and answers where it sends the person. */
	private String signIn(String user, String password) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/login").with(csrf())
				.session(new MockHttpSession())
				.param("username", user)
				.param("password", password))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		return result.getResponse().getRedirectedUrl();
	}

	/** The table row of a user on the list page. */
	private static String row(String page, String uid) {
		int start = page.indexOf(">" + uid + "</a></td>");
		assertThat(start).as(page).isPositive();
		return page.substring(start, page.indexOf("</tr>", start));
	}

}

package org.usertasks.identity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The groups admin pages: the list with member counts, creating, renaming and deleting a
 * group, and adding and removing members, which the API then shows on the users.
 */
class GroupAdminPagesTests extends AdminPagesTestSupport {

	@Test
	void listsGroupsWithTheirMemberCounts() throws Exception {
		String editors = createGroup("Editors");
		createGroup("Empty");
		createUser("ann", "Ann", "Lee", editors);
		createUser("bo", "Bo", "Berg", editors);

		String page = this.mvc.perform(get("/admin/groups").with(asAdmin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("<h1>Groups</h1>");
		assertThat(page.replaceAll("\\s+", " ")).contains(">Editors</a></td> <td>2</td>")
			.contains(">Empty</a></td> <td>0</td>");
	}

	@Test
	void createsRenamesAndDeletesAGroup() throws Exception {
		String location = this.mvc
			.perform(post("/admin/groups").with(asAdmin()).with(csrf()).param("name", " Editors "))
			.andExpect(redirectedUrlPattern("/admin/groups/*?created"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String uid = location.substring("/admin/groups/".length(), location.indexOf('?'));
		assertThat(this.admin.get("/v1/usergroups/" + uid).json().get("Name").asString()).isEqualTo("Editors");

		this.mvc.perform(post("/admin/groups/" + uid).with(asAdmin()).with(csrf()).param("name", "Writers"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The group was renamed.")));
		assertThat(this.admin.get("/v1/usergroups/" + uid).json().get("Name").asString()).isEqualTo("Writers");

		this.mvc.perform(post("/admin/groups/" + uid + "/delete").with(asAdmin()).with(csrf()))
			.andExpect(redirectedUrl("/admin/groups"));
		assertThat(this.admin.get("/v1/usergroups/" + uid).status()).isEqualTo(404);
	}

	@Test
	void refusesABlankNameWith400() throws Exception {
		this.mvc.perform(post("/admin/groups").with(asAdmin()).with(csrf()).param("name", "  "))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("must be 1 to 200 characters")));

		assertThat(this.admin.get("/v1/usergroups").json().size()).isZero();
	}

	@Test
	void addsAndRemovesMembers() throws Exception {
		String editors = createGroup("Editors");
		String other = createGroup("Other");
		createUser("ann", "Ann", "Lee", other);
		createUser("bo", "Bo", "Berg");

		this.mvc
			.perform(post("/admin/groups/" + editors + "/members").with(asAdmin()).with(csrf()).param("userId", "ann"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("User ann was added.")));
		assertThat(this.admin.get("/v1/users/ann").json().get("UserGroups").toString())
			.isEqualTo("[\"" + other + "\",\"" + editors + "\"]");
		String page = this.mvc.perform(get("/admin/groups/" + editors).with(asAdmin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("<h2 id=\"members-heading\">Members</h2>", ">ann</a>", "Ann Lee");

		this.mvc.perform(post("/admin/groups/" + editors + "/members/ann/remove").with(asAdmin()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The group has no members yet.")));
		assertThat(this.admin.get("/v1/users/ann").json().get("UserGroups").toString())
			.isEqualTo("[\"" + other + "\"]");
	}

	@Test
	void refusesToAddAnUnknownUserWith400() throws Exception {
		String editors = createGroup("Editors");

		this.mvc.perform(
				post("/admin/groups/" + editors + "/members").with(asAdmin()).with(csrf()).param("userId", "nobody"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("There is no user nobody.")));
	}

}

package org.usertasks.identity;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.usertasks.system.FormFailure;
import org.usertasks.system.InvalidRequestException;
import org.usertasks.system.WebPage;

/**
 * The groups admin pages: the list with member counts, creating, renaming and deleting a
 * group, and its members. Membership is stored on the users (their groups), so adding a
 * member changes the user.
 */
@WebPage
@RequestMapping("/admin/groups")
class GroupAdminPages {

	private final UserGroupService groups;

	private final UserService users;

	GroupAdminPages(UserGroupService groups, UserService users) {
		this.groups = groups;
		this.users = users;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("groups", rows());
		return "admin/groups";
	}

	@PostMapping
	ModelAndView create(@RequestParam String name, @AuthenticationPrincipal CurrentUser me) {
		try {
			UserGroup group = this.groups.create(null, checkedName(name), me);
			return new ModelAndView("redirect:/admin/groups/" + group.uid() + "?created");
		}
		catch (RuntimeException ex) {
			ModelAndView page = new ModelAndView("admin/groups");
			page.addObject("groups", rows());
			page.addObject("name", name);
			return FormFailure.of(ex).showOn(page);
		}
	}

	@GetMapping("/{uid}")
	ModelAndView show(@PathVariable UUID uid, @RequestParam(required = false) @Nullable String created) {
		return groupPage(uid).addObject("notice", (created != null) ? "The group was created." : null);
	}

	@PostMapping("/{uid}")
	ModelAndView rename(@PathVariable UUID uid, @RequestParam String name, @AuthenticationPrincipal CurrentUser me) {
		try {
			this.groups.update(uid, checkedName(name), me);
			return groupPage(uid).addObject("notice", "The group was renamed.");
		}
		catch (RuntimeException ex) {
			return FormFailure.of(ex).showOn(groupPage(uid).addObject("name", name));
		}
	}

	@PostMapping("/{uid}/delete")
	String delete(@PathVariable UUID uid, RedirectAttributes redirect) {
		String name = this.groups.get(uid).name();
		this.groups.delete(uid);
		redirect.addFlashAttribute("notice", "Group " + name + " was deleted.");
		return "redirect:/admin/groups";
	}

	@PostMapping("/{uid}/members")
	ModelAndView addMember(@PathVariable UUID uid, @RequestParam String userId) {
		this.groups.get(uid);
		try {
			this.users.addToGroup(userId.trim(), uid);
			return groupPage(uid).addObject("notice", "User " + userId.trim() + " was added.");
		}
		catch (UserNotFoundException ex) {
			ModelAndView page = groupPage(uid);
			return new FormFailure(HttpStatus.BAD_REQUEST, "There is no user " + userId.trim() + ".", List.of())
				.showOn(page);
		}
		catch (RuntimeException ex) {
			return FormFailure.of(ex).showOn(groupPage(uid));
		}
	}

	@PostMapping("/{uid}/members/{userId}/remove")
	ModelAndView removeMember(@PathVariable UUID uid, @PathVariable String userId) {
		this.groups.get(uid);
		this.users.removeFromGroup(userId, uid);
		return groupPage(uid).addObject("notice", "User " + userId + " was removed from the group.");
	}

	private ModelAndView groupPage(UUID uid) {
		UserGroup group = this.groups.get(uid);
		List<User> members = this.users.membersOf(uid);
		List<User> others = this.users.list().stream().filter((user) -> !user.userGroups().contains(uid)).toList();
		ModelAndView page = new ModelAndView("admin/group");
		page.addObject("group", group);
		page.addObject("name", group.name());
		page.addObject("members", members);
		page.addObject("others", others);
		return page;
	}

	private List<GroupRow> rows() {
		Map<UUID, Long> counts = this.groups.memberCounts();
		return this.groups.list()
			.stream()
			.map((group) -> new GroupRow(group.uid(), group.name(), counts.getOrDefault(group.uid(), 0L)))
			.sorted(Comparator.comparing((GroupRow row) -> row.name().toLowerCase(Locale.ROOT)))
			.toList();
	}

	private static String checkedName(String name) {
		String trimmed = name.trim();
		if (trimmed.isEmpty() || trimmed.length() > 200) {
			throw new InvalidRequestException("Name", "must be 1 to 200 characters");
		}
		return trimmed;
	}

	/** A group as the list shows it. */
	record GroupRow(UUID uid, String name, long members) {
	}

}

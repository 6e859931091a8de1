package org.usertasks.identity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.usertasks.system.FieldProblem;
import org.usertasks.system.FormFailure;
import org.usertasks.system.InvalidRequestException;
import org.usertasks.system.WebPage;

/**
 * The users admin pages: the list, a form to create a user, and a user's page to edit
 * them, give them a password or an invite link, or delete them. Only admins get here (the
 * web security chain guards {@code /admin/**}).
 */
@WebPage
@RequestMapping("/admin/users")
class UserAdminPages {

	private final UserService users;

	private final UserGroupService groups;

	private final SignInService signIn;

	UserAdminPages(UserService users, UserGroupService groups, SignInService signIn) {
		this.users = users;
		this.groups = groups;
		this.signIn = signIn;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String deleted, Model model) {
		Map<UUID, String> groupNames = groupNames();
		model.addAttribute("users",
				this.users.list()
					.stream()
					.map((user) -> UserRow.of(user, groupNames, this.signIn.hasPassword(user.uid())))
					.toList());
		model.addAttribute("deleted", deleted);
		return "admin/users";
	}

	@GetMapping("/new")
	String newUser(Model model) {
		model.addAttribute("form", UserForm.empty());
		model.addAttribute("groups", this.groups.list());
		model.addAttribute("statuses", UserStatus.values());
		return "admin/user-new";
	}

	@PostMapping
	ModelAndView create(@ModelAttribute UserForm form) {
		try {
			User user = this.users.create(form.checkedUid(), form.details());
			return new ModelAndView("redirect:/admin/users/" + user.uid() + "?created");
		}
		catch (RuntimeException ex) {
			ModelAndView page = new ModelAndView("admin/user-new");
			page.addObject("form", form);
			page.addObject("groups", this.groups.list());
			page.addObject("statuses", UserStatus.values());
			return FormFailure.of(ex).showOn(page);
		}
	}

	@GetMapping("/{uid}")
	ModelAndView edit(@PathVariable String uid, @RequestParam(required = false) @Nullable String created,
			@RequestParam(required = false) @Nullable String saved) {
		ModelAndView page = editPage(uid, null);
		if (created != null) {
			page.addObject("notice", "The user was created.");
		}
		if (saved != null) {
			page.addObject("notice", "Your changes were saved.");
		}
		return page;
	}

	@PostMapping("/{uid}")
	ModelAndView update(@PathVariable String uid, @ModelAttribute UserForm form) {
		try {
			this.users.update(uid, form.details());
			return new ModelAndView("redirect:/admin/users/" + uid + "?saved");
		}
		catch (RuntimeException ex) {
			return FormFailure.of(ex).showOn(editPage(uid, form));
		}
	}

	@PostMapping("/{uid}/password")
	ModelAndView setPassword(@PathVariable String uid, @RequestParam String password) {
		try {
			this.signIn.setPassword(uid, password);
			return editPage(uid, null).addObject("notice", "The password was set.");
		}
		catch (RuntimeException ex) {
			return FormFailure.of(ex).showOn(editPage(uid, null));
		}
	}

	@PostMapping("/{uid}/password/remove")
	ModelAndView removePassword(@PathVariable String uid) {
		this.signIn.removePassword(uid);
		return editPage(uid, null).addObject("notice", "The password was removed; the user cannot sign in now.");
	}

	/** Shows the link once: only its hash is stored. */
	@PostMapping("/{uid}/invite")
	ModelAndView invite(@PathVariable String uid) {
		SignInService.Invite invite = this.signIn.invite(uid);
		return editPage(uid, null).addObject("invite", invite)
			.addObject("inviteUrl", UserPasswordController.inviteUrl(invite.token()));
	}

	@PostMapping("/{uid}/delete")
	ModelAndView delete(@PathVariable String uid) {
		try {
			this.users.delete(uid);
			return new ModelAndView("redirect:/admin/users?deleted=" + uid);
		}
		catch (RuntimeException ex) {
			return FormFailure.of(ex).showOn(editPage(uid, null));
		}
	}

	/** The user's page, with the form as typed when it was refused, else as stored. */
	private ModelAndView editPage(String uid, @Nullable UserForm typed) {
		User user = this.users.get(uid);
		ModelAndView page = new ModelAndView("admin/user-edit");
		page.addObject("user", user);
		page.addObject("form", (typed != null) ? typed : UserForm.of(user));
		page.addObject("groups", this.groups.list());
		page.addObject("statuses", (user.status() == UserStatus.Invited) ? List.of(UserStatus.values())
				: List.of(UserStatus.Active, UserStatus.Disabled));
		page.addObject("hasPassword", this.signIn.hasPassword(uid));
		page.addObject("minLength", this.signIn.minPasswordLength());
		return page;
	}

	private Map<UUID, String> groupNames() {
		return this.groups.list().stream().collect(Collectors.toMap(UserGroup::uid, UserGroup::name));
	}

	/** A user as the list shows them. */
	record UserRow(String uid, String name, @Nullable String email, UserStatus status, String roles,
			List<String> groups, boolean hasPassword) {

		static UserRow of(User user, Map<UUID, String> groupNames, boolean hasPassword) {
			return new UserRow(user.uid(), user.displayName(), user.email(), user.status(),
					String.join(", ", user.roles()),
					user.userGroups().stream().map((id) -> groupNames.getOrDefault(id, id.toString())).toList(),
					hasPassword);
		}

	}

	/**
	 * The create and edit form as posted: roles as comma-separated text, groups as the
	 * checked boxes.
	 */
	record UserForm(@Nullable String uid, @Nullable String email, @Nullable String firstname, @Nullable String lastname,
			@Nullable UserStatus status, @Nullable String roles, @Nullable List<UUID> groups) {

		private static final String UID_PATTERN = "[^\\s,/\\\\?#%;]{1,100}";

		static UserForm empty() {
			return new UserForm(null, null, null, null, UserStatus.Active, null, List.of());
		}

		static UserForm of(User user) {
			return new UserForm(user.uid(), user.email(), user.firstname(), user.lastname(), user.status(),
					String.join(", ", user.roles()), user.userGroups());
		}

		/** Public, as templates call it. */
		public boolean hasGroup(UUID group) {
			return this.groups != null && this.groups.contains(group);
		}

		/** The user id typed, or null to let the service choose one. */
		@Nullable String checkedUid() {
			String uid = blankToNull(this.uid);
			if (uid != null && !uid.matches(UID_PATTERN)) {
				throw new InvalidRequestException("User id",
						"must be at most 100 characters, without spaces or any of , / \\ ? # % ;");
			}
			return uid;
		}

		UserDetails details() {
			List<FieldProblem> problems = new ArrayList<>();
			String email = blankToNull(this.email);
			if (email != null && (email.length() > 320 || !email.matches("[^@\\s]+@[^@\\s]+"))) {
				problems.add(new FieldProblem("E-mail", "must be an e-mail address like name@example.com"));
			}
			checkLength(problems, "First name", this.firstname);
			checkLength(problems, "Last name", this.lastname);
			List<String> roles = (this.roles != null)
					? Arrays.stream(this.roles.split(",")).map(String::trim).filter((role) -> !role.isEmpty()).toList()
					: List.of();
			roles.forEach((role) -> checkLength(problems, "Roles", role));
			if (!problems.isEmpty()) {
				throw new InvalidRequestException(problems);
			}
			return new UserDetails(email, blankToNull(this.firstname), blankToNull(this.lastname), this.status,
					(this.groups != null) ? this.groups : List.of(), roles);
		}

		private static void checkLength(List<FieldProblem> problems, String field, @Nullable String value) {
			if (value != null && value.trim().length() > 200) {
				problems.add(new FieldProblem(field, "must be at most 200 characters"));
			}
		}

		private static @Nullable String blankToNull(@Nullable String value) {
			return (value == null || value.isBlank()) ? null : value.trim();
		}

	}

}

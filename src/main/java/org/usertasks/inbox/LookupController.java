package org.usertasks.inbox;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.usertasks.identity.UserDirectory;
import org.usertasks.system.WebPage;

/**
 * Type-ahead for the task form: the options of a datalist, for users and for groups. The
 * users field holds several ids separated by commas; only the last one is looked up, and
 * each option keeps the ids typed before it, so that picking one completes the field.
 */
@WebPage
class LookupController {

	static final int MAX_OPTIONS = 20;

	private final UserDirectory directory;

	LookupController(UserDirectory directory) {
		this.directory = directory;
	}

	/** A datalist option: the value the field gets, and the name shown beside it. */
	record Option(String value, String label) {
	}

	/**
	 * @param q the text typed; the form's field sends itself as {@code assignedUsers}
	 */
	@GetMapping("/ui/lookup/users")
	String users(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String assignedUsers, Model model) {
		String typed = (q != null) ? q : (assignedUsers != null) ? assignedUsers : "";
		int lastComma = typed.lastIndexOf(',');
		String before = (lastComma >= 0) ? typed.substring(0, lastComma + 1) + " " : "";
		String term = typed.substring(lastComma + 1);
		List<Option> options = this.directory.users(term, MAX_OPTIONS)
			.stream()
			.map((user) -> new Option(before + user.id(), user.name() + " (" + user.id() + ")"))
			.toList();
		model.addAttribute("options", options);
		return "inbox/lookup :: options";
	}

	@GetMapping("/ui/lookup/groups")
	String groups(@RequestParam(required = false) @Nullable String q, Model model) {
		List<Option> options = this.directory.groups((q != null) ? q : "", MAX_OPTIONS)
			.stream()
			.map((group) -> new Option(group.id(), group.name()))
			.toList();
		model.addAttribute("options", options);
		return "inbox/lookup :: options";
	}

}

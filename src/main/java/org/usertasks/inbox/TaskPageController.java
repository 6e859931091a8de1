package org.usertasks.inbox;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.usertasks.comment.CommentService;
import org.usertasks.identity.CurrentUser;
import org.usertasks.identity.UserDirectory;
import org.usertasks.system.InvalidRequestException;
import org.usertasks.system.WebPage;
import org.usertasks.task.AttachedEntityStatus;
import org.usertasks.task.TaskService;
import org.usertasks.task.TaskStatus;
import org.usertasks.task.TaskView;
import org.usertasks.task.TaskWorkflow;

/**
 * A task's page and the actions on it. Every action is a form post that names the version
 * the page showed, so that acting on an outdated page is refused (412) rather than
 * undoing someone else's change; then it sends the browser back to the page.
 */
@WebPage
class TaskPageController {

	static final int MAX_COMMENT_LENGTH = 100_000;

	private final TaskService tasks;

	private final TaskWorkflow workflow;

	private final CommentService comments;

	private final UserDirectory directory;

	private final Clock clock;

	TaskPageController(TaskService tasks, TaskWorkflow workflow, CommentService comments, UserDirectory directory,
			Clock clock) {
		this.tasks = tasks;
		this.workflow = workflow;
		this.comments = comments;
		this.directory = directory;
		this.clock = clock;
	}

	@GetMapping("/tasks/{uid}")
	String show(@PathVariable UUID uid, @AuthenticationPrincipal CurrentUser me, Model model) {
		TaskView view = this.tasks.get(uid);
		List<String> users = new ArrayList<>(view.task().assignedUsers());
		if (view.task().claim() != null) {
			users.add(view.task().claim().holder());
		}
		model.addAttribute("page", TaskPage.of(view, me, this.directory.userNames(users),
				this.directory.groupNames(view.task().assignedUserGroups()), this.clock.instant()));
		return "inbox/task";
	}

	@PostMapping("/tasks/{uid}/status")
	String changeStatus(@PathVariable UUID uid, @RequestParam TaskStatus status, @RequestParam long version,
			@AuthenticationPrincipal CurrentUser me) {
		this.workflow.changeStatus(uid, status, me, Set.of(version));
		return backTo(uid);
	}

	@PostMapping("/tasks/{uid}/claim")
	String claim(@PathVariable UUID uid, @RequestParam long version, @AuthenticationPrincipal CurrentUser me) {
		this.workflow.claim(uid, me, Set.of(version));
		return backTo(uid);
	}

	@PostMapping("/tasks/{uid}/unclaim")
	String unclaim(@PathVariable UUID uid, @RequestParam long version, @AuthenticationPrincipal CurrentUser me) {
		this.workflow.unclaim(uid, me, Set.of(version));
		return backTo(uid);
	}

	@PostMapping("/tasks/{uid}/entities")
	String markEntity(@PathVariable UUID uid, @RequestParam int entityType, @RequestParam String entityId,
			@RequestParam AttachedEntityStatus status, @RequestParam long version,
			@AuthenticationPrincipal CurrentUser me) {
		this.workflow.markEntity(uid, entityType, entityId, status, me, Set.of(version));
		return backTo(uid);
	}

	/**
	 * Adds a comment. The comment form sits outside the part of the page that updates
	 * itself, so it may carry no version: a new comment never undoes anyone's change.
	 */
	@PostMapping("/tasks/{uid}/comments")
	String addComment(@PathVariable UUID uid, @RequestParam String text,
			@RequestParam(required = false) @Nullable Long version, @AuthenticationPrincipal CurrentUser me) {
		this.comments.add(uid, null, checked(text), me, expected(version));
		return backTo(uid);
	}

	@PostMapping("/tasks/{uid}/comments/{commentUid}")
	String editComment(@PathVariable UUID uid, @PathVariable UUID commentUid, @RequestParam String text,
			@RequestParam long version, @AuthenticationPrincipal CurrentUser me) {
		this.comments.edit(uid, commentUid, checked(text), me, Set.of(version));
		return backTo(uid);
	}

	@PostMapping("/tasks/{uid}/comments/{commentUid}/delete")
	String deleteComment(@PathVariable UUID uid, @PathVariable UUID commentUid, @RequestParam long version,
			@AuthenticationPrincipal CurrentUser me) {
		this.comments.delete(uid, commentUid, me, Set.of(version));
		return backTo(uid);
	}

	@PostMapping("/tasks/{uid}/delete")
	String delete(@PathVariable UUID uid, @RequestParam long version, @AuthenticationPrincipal CurrentUser me) {
		this.tasks.delete(uid, me, Set.of(version));
		return "redirect:/";
	}

	private static String checked(String text) {
		if (text.isBlank()) {
			throw new InvalidRequestException("Comment", "is empty: write something first");
		}
		if (text.length() > MAX_COMMENT_LENGTH) {
			throw new InvalidRequestException("Comment", "is too long: at most " + MAX_COMMENT_LENGTH + " characters");
		}
		return text;
	}

	private static @Nullable Set<Long> expected(@Nullable Long version) {
		return (version != null) ? Set.of(version) : null;
	}

	private static String backTo(UUID uid) {
		return "redirect:/tasks/" + uid;
	}

}

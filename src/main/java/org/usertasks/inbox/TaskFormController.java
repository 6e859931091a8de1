package org.usertasks.inbox;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.usertasks.identity.CurrentUser;
import org.usertasks.identity.UserDirectory;
import org.usertasks.system.FieldProblem;
import org.usertasks.system.InvalidRequestException;
import org.usertasks.system.StaleVersionException;
import org.usertasks.system.WebPage;
import org.usertasks.task.AttachedEntity;
import org.usertasks.task.Task;
import org.usertasks.task.TaskService;
import org.usertasks.task.TaskStatus;

/**
 * Creating and editing a task in one form. A refused save shows the form again with what
 * the person typed: with the problems (400), or, when someone else changed the task
 * meanwhile, with a warning and the current version so that a second save goes through
 * (412).
 */
@WebPage
class TaskFormController {

	static final String STALE_MESSAGE = "Someone else changed this task after you opened it. Your changes are not "
			+ "saved yet: review the current version (open it in a new tab) and save again.";

	/** The most groups the form offers as checkboxes. */
	static final int MAX_GROUPS = 500;

	private final TaskService tasks;

	private final UserDirectory directory;

	TaskFormController(TaskService tasks, UserDirectory directory) {
		this.tasks = tasks;
		this.directory = directory;
	}

	@GetMapping("/tasks/new")
	ModelAndView newTask() {
		return page(TaskForm.blank(), null, null);
	}

	@PostMapping("/tasks")
	ModelAndView create(@ModelAttribute("form") TaskForm form, @RequestParam(required = false) @Nullable String addRow,
			@AuthenticationPrincipal CurrentUser me) {
		if (addRow != null) {
			form.addEmptyRows(1);
			return page(form, null, null);
		}
		try {
			Task task = this.tasks.create(null, form.toContent(), me);
			return new ModelAndView("redirect:/tasks/" + task.uid());
		}
		catch (InvalidRequestException ex) {
			return invalid(page(form, null, null), ex);
		}
	}

	@GetMapping("/tasks/{uid}/edit")
	ModelAndView edit(@PathVariable UUID uid) {
		Task task = this.tasks.get(uid).task();
		return page(TaskForm.of(task), uid, task.status());
	}

	@PostMapping("/tasks/{uid}")
	ModelAndView update(@PathVariable UUID uid, @ModelAttribute("form") TaskForm form,
			@RequestParam(required = false) @Nullable String addRow, @AuthenticationPrincipal CurrentUser me) {
		TaskStatus current = this.tasks.get(uid).task().status();
		if (addRow != null) {
			form.addEmptyRows(1);
			return page(form, uid, current);
		}
		try {
			if (form.getStatus() != null && !current.canMoveTo(form.getStatus())) {
				throw new InvalidRequestException("status", "A " + TaskLabels.label(current) + " task cannot become "
						+ TaskLabels.label(form.getStatus()) + "; re-open it first.");
			}
			this.tasks.update(uid, form.toContent(), me,
					(form.getVersion() != null) ? Set.of(form.getVersion()) : null);
			return new ModelAndView("redirect:/tasks/" + uid);
		}
		catch (InvalidRequestException ex) {
			return invalid(page(form, uid, current), ex);
		}
		catch (StaleVersionException ex) {
			// The current version goes into the form, so that saving again, after a look
			// at the other change, overwrites it on purpose.
			form.setVersion(ex.currentVersion());
			ModelAndView page = page(form, uid, current);
			page.addObject("stale", STALE_MESSAGE);
			page.setStatus(HttpStatus.PRECONDITION_FAILED);
			return page;
		}
	}

	private ModelAndView page(TaskForm form, @Nullable UUID uid, @Nullable TaskStatus current) {
		ModelAndView page = new ModelAndView("inbox/task-form");
		page.addObject("form", form);
		page.addObject("taskUid", uid);
		page.addObject("statuses", (current != null) ? statuses(current) : List.of());
		page.addObject("entityTypes", AttachedEntity.TYPE_NAMES);
		page.addObject("groups", this.directory.groups("", MAX_GROUPS));
		page.addObject("errors", Map.of());
		page.addObject("problems", List.of());
		return page;
	}

	/** The statuses an edit may choose: the current one and those the rule allows. */
	private static List<TaskPage.Choice> statuses(TaskStatus current) {
		return Arrays.stream(TaskStatus.values())
			.filter(current::canMoveTo)
			.map((status) -> new TaskPage.Choice(status, TaskLabels.label(status)))
			.toList();
	}

	private static ModelAndView invalid(ModelAndView page, InvalidRequestException ex) {
		Map<String, List<String>> errors = new LinkedHashMap<>();
		for (FieldProblem problem : ex.problems()) {
			errors.computeIfAbsent(TaskForm.formField(problem.field()), (field) -> new ArrayList<>())
				.add(message(problem));
		}
		page.addObject("errors", errors);
		page.addObject("problems", errors.values().stream().flatMap(List::stream).toList());
		page.setStatus(HttpStatus.BAD_REQUEST);
		return page;
	}

	/** Our own messages are sentences; the service's start with the field's name. */
	private static String message(FieldProblem problem) {
		String text = problem.message();
		if (!text.isEmpty() && Character.isUpperCase(text.charAt(0))) {
			return text;
		}
		return switch (TaskForm.formField(problem.field())) {
			case "assignedUsers" -> "Assigned users: " + text + ".";
			case "assignedGroups" -> "Assigned groups: " + text + ".";
			case "deadline" -> "Deadline: " + text + ".";
			default -> problem.field() + ": " + text + ".";
		};
	}

}

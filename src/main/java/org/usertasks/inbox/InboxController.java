package org.usertasks.inbox;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.usertasks.identity.CurrentUser;
import org.usertasks.identity.UserGroup;
import org.usertasks.identity.UserDirectory;
import org.usertasks.identity.UserGroupService;
import org.usertasks.system.WebPage;
import org.usertasks.task.TaskSearch;
import org.usertasks.task.TaskSearchPage;
import org.usertasks.task.TaskStatus;

/**
 * The inbox at {@code /}: the tasks of the signed-in person and their groups, with counts
 * per status, filters, sort and paging. The list part reloads itself when the event
 * stream reports a change.
 */
@WebPage
class InboxController {

	/** An order people can pick: the API's sort value and its label. */
	public record SortOption(String value, String label) {
	}

	static final List<SortOption> SORTS = List.of(new SortOption("deadline", "Deadline, soonest first"),
			new SortOption("-created", "Newest first"), new SortOption("created", "Oldest first"),
			new SortOption("-lastModified", "Recently changed"), new SortOption("title", "Title"));

	private final TaskSearch search;

	private final UserGroupService groups;

	private final TaskLabels labels;

	private final UserDirectory directory;

	private final Clock clock;

	InboxController(TaskSearch search, UserGroupService groups, TaskLabels labels, UserDirectory directory,
			Clock clock) {
		this.directory = directory;
		this.search = search;
		this.groups = groups;
		this.labels = labels;
		this.clock = clock;
	}

	@GetMapping("/")
	String inbox(@ModelAttribute("filter") InboxFilter filter, @AuthenticationPrincipal CurrentUser me, Model model) {
		Instant now = this.clock.instant();
		TaskSearchPage page = this.search.find(filter.toParams(me, null), me);
		Map<TaskStatus, Long> counts = this.search.countByStatus(filter.toParams(me, List.of()), me);
		Map<String, String> holders = this.directory.userNames(page.tasks()
			.stream()
			.filter((view) -> view.task().claim() != null)
			.map((view) -> view.task().claim().holder())
			.collect(Collectors.toSet()));
		model.addAttribute("rows", page.tasks().stream().map((view) -> InboxRow.of(view, now, holders)).toList());
		model.addAttribute("total", page.total());
		model.addAttribute("nextPage", (page.nextCursor() != null) ? filter.after(page.nextCursor()) : null);
		model.addAttribute("firstPage", (filter.after() != null) ? filter.firstPage() : null);
		model.addAttribute("counts", statusCounts(counts, filter));
		model.addAttribute("allCount", counts.values().stream().mapToLong(Long::longValue).sum());
		model.addAttribute("allLink", filter.withStatus(null));
		model.addAttribute("myGroups", myGroups(me));
		model.addAttribute("sorts", SORTS);
		model.addAttribute("statuses", TaskStatus.values());
		model.addAttribute("selfLink", filter.firstPage());
		return "inbox/inbox";
	}

	/** One count per status, linking to the inbox filtered by it. */
	public record StatusCount(TaskStatus status, String label, long count, String link, boolean selected) {
	}

	private List<StatusCount> statusCounts(Map<TaskStatus, Long> counts, InboxFilter filter) {
		List<StatusCount> result = new ArrayList<>();
		for (TaskStatus status : TaskStatus.values()) {
			boolean selected = filter.statuses().size() == 1 && filter.statuses().get(0).equals(status.name());
			result.add(new StatusCount(status, this.labels.status(status), counts.getOrDefault(status, 0L),
					filter.withStatus(status.name()), selected));
		}
		return result;
	}

	private List<UserGroup> myGroups(CurrentUser me) {
		if (me.groupIds().isEmpty()) {
			return List.of();
		}
		return this.groups.list().stream().filter((group) -> me.groupIds().contains(group.uid())).toList();
	}

}

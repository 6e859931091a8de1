package org.usertasks.task;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.usertasks.identity.UserGroupService;
import org.usertasks.identity.UserService;
import org.usertasks.system.FieldProblem;
import org.usertasks.system.InvalidRequestException;

/**
 * Checks the users and groups a request assigns: each must exist, repeats count once, and
 * an error names the field and the index as the client sent them.
 */
@Component
class Assignees {

	private final UserService users;

	private final UserGroupService groups;

	Assignees(UserService users, UserGroupService groups) {
		this.users = users;
		this.groups = groups;
	}

	List<String> users(List<String> requested) {
		return users(requested, "AssignedUsers");
	}

	/**
	 * User ids, leniently split on commas (Struct's own sample sends {@code ["5, 10"]}),
	 * trimmed and without repeats; each must name an existing user.
	 */
	List<String> users(List<String> requested, String field) {
		Map<String, Integer> indexById = new LinkedHashMap<>();
		for (int i = 0; i < requested.size(); i++) {
			for (String part : requested.get(i).split(",")) {
				if (!part.isBlank()) {
					indexById.putIfAbsent(part.trim(), i);
				}
			}
		}
		if (indexById.size() > TaskService.MAX_CHILDREN) {
			throw new InvalidRequestException(field, "at most " + TaskService.MAX_CHILDREN + " users");
		}
		Set<String> known = this.users.existingUserIds(indexById.keySet());
		List<FieldProblem> problems = new ArrayList<>();
		indexById.forEach((id, index) -> {
			if (!known.contains(id)) {
				problems.add(new FieldProblem(field + "[" + index + "]", "no user with Uid '" + id + "'"));
			}
		});
		if (!problems.isEmpty()) {
			throw new InvalidRequestException(problems);
		}
		return List.copyOf(indexById.keySet());
	}

	List<UUID> groups(List<UUID> requested) {
		return groups(requested, "AssignedUserGroups");
	}

	/** Group ids without repeats; each must name an existing group. */
	List<UUID> groups(List<UUID> requested, String field) {
		List<UUID> distinct = List.copyOf(new LinkedHashSet<>(requested));
		Set<UUID> known = this.groups.existingGroupIds(distinct);
		List<FieldProblem> problems = new ArrayList<>();
		for (int i = 0; i < requested.size(); i++) {
			if (!known.contains(requested.get(i))) {
				problems
					.add(new FieldProblem(field + "[" + i + "]", "no user group with Uid '" + requested.get(i) + "'"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidRequestException(problems);
		}
		return distinct;
	}

}

package org.usertasks.identity;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.usertasks.system.FieldProblem;
import org.usertasks.system.InvalidRequestException;
import org.usertasks.system.Timestamps;

/**
 * Use cases for users. Other features ask it which user ids exist.
 */
@Service
public class UserService {

	private final UserRepository users;

	private final UserGroupRepository groups;

	private final ApiKeyRepository keys;

	private final ApiKeyCache callers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	UserService(UserRepository users, UserGroupRepository groups, ApiKeyRepository keys, ApiKeyCache callers,
			ApplicationEventPublisher events, Clock clock) {
		this.users = users;
		this.groups = groups;
		this.keys = keys;
		this.callers = callers;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public User create(@Nullable String uid, UserDetails details) {
		String id = (uid != null) ? uid : UUID.randomUUID().toString();
		if (this.users.exists(id)) {
			throw new UserAlreadyExistsException(id);
		}
		requireKnownGroups(details.userGroups());
		OffsetDateTime now = Timestamps.now(this.clock);
		User user = toUser(id, details, UserStatus.Active, now, now);
		// Nothing cached to clear: a new user has no keys yet.
		this.users.insert(user);
		return user;
	}

	@Transactional
	void update(String uid, UserDetails details) {
		User current = this.users.find(uid).orElseThrow(() -> new UserNotFoundException(uid));
		requireKnownGroups(details.userGroups());
		User updated = toUser(uid, details, current.status(), current.created(), Timestamps.now(this.clock));
		// The caller of a key carries the user's name, status and groups.
		this.users.update(updated);
		this.callers.clear();
		if (updated.status() == UserStatus.Disabled && this.keys.countWorkingAdminKeys() == 0) {
			throw new LastAdminKeyException("Disabling user '" + uid + "'");
		}
	}

	@Transactional
	void delete(String uid) {
		this.events.publishEvent(new UserDeleting(uid));
		if (!this.users.delete(uid)) {
			throw new UserNotFoundException(uid);
		}
		this.callers.clear();
		if (this.keys.countWorkingAdminKeys() == 0) {
			throw new LastAdminKeyException("Deleting user '" + uid + "'");
		}
	}

	@Transactional(readOnly = true)
	User get(String uid) {
		return this.users.find(uid).orElseThrow(() -> new UserNotFoundException(uid));
	}

	@Transactional(readOnly = true)
	List<User> list() {
		return this.users.findAll();
	}

	/** The users whose groups include this one. */
	@Transactional(readOnly = true)
	List<User> membersOf(UUID groupUid) {
		return this.users.findMembersOf(groupUid);
	}

	/**
	 * Adds the group to the user's groups, as a PUT of the user with one more group
	 * would; adding a member twice changes nothing.
	 */
	@Transactional
	void addToGroup(String uid, UUID groupUid) {
		User user = get(uid);
		if (!user.userGroups().contains(groupUid)) {
			List<UUID> groups = new ArrayList<>(user.userGroups());
			groups.add(groupUid);
			update(uid, detailsOf(user, groups));
		}
	}

	/** Takes the group out of the user's groups; a user not in it is left as is. */
	@Transactional
	void removeFromGroup(String uid, UUID groupUid) {
		User user = get(uid);
		if (user.userGroups().contains(groupUid)) {
			List<UUID> groups = new ArrayList<>(user.userGroups());
			groups.remove(groupUid);
			update(uid, detailsOf(user, groups));
		}
	}

	private static UserDetails detailsOf(User user, List<UUID> groups) {
		return new UserDetails(user.email(), user.firstname(), user.lastname(), user.status(), groups, user.roles());
	}

	/**
	 * The ids among {@code uids} that name existing users.
	 */
	@Transactional(readOnly = true)
	public Set<String> existingUserIds(Collection<String> uids) {
		return this.users.existing(uids);
	}

	private void requireKnownGroups(List<UUID> groupIds) {
		Set<UUID> known = this.groups.existing(groupIds);
		List<FieldProblem> problems = new ArrayList<>();
		for (int i = 0; i < groupIds.size(); i++) {
			if (!known.contains(groupIds.get(i))) {
				problems
					.add(new FieldProblem("UserGroups[" + i + "]", "no user group with Uid '" + groupIds.get(i) + "'"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidRequestException(problems);
		}
	}

	private static User toUser(String uid, UserDetails details, UserStatus defaultStatus, OffsetDateTime created,
			OffsetDateTime lastModified) {
		UserStatus status = (details.status() != null) ? details.status() : defaultStatus;
		return new User(uid, details.email(), details.firstname(), details.lastname(), status,
				List.copyOf(new LinkedHashSet<>(details.userGroups())),
				List.copyOf(new LinkedHashSet<>(details.roles())), created, lastModified);
	}

}

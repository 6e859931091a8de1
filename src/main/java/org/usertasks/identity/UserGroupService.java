package org.usertasks.identity;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.usertasks.system.Timestamps;

/**
 * Use cases for user groups. Other features ask it which group ids exist.
 */
@Service
public class UserGroupService {

	private final UserGroupRepository groups;

	private final ApiKeyCache callers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	UserGroupService(UserGroupRepository groups, ApiKeyCache callers, ApplicationEventPublisher events, Clock clock) {
		this.groups = groups;
		this.callers = callers;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public UserGroup create(@Nullable UUID uid, String name, CurrentUser by) {
		UUID id = (uid != null) ? uid : UUID.randomUUID();
		if (this.groups.exists(id)) {
			throw new UserGroupAlreadyExistsException(id);
		}
		OffsetDateTime now = Timestamps.now(this.clock);
		UserGroup group = new UserGroup(id, name, now, by.userId(), now, by.userId());
		this.groups.insert(group);
		return group;
	}

	@Transactional
	void update(UUID uid, String name, CurrentUser by) {
		if (!this.groups.rename(uid, name, Timestamps.now(this.clock), by.userId())) {
			throw new UserGroupNotFoundException(uid);
		}
	}

	@Transactional
	void delete(UUID uid) {
		this.events.publishEvent(new UserGroupDeleting(uid));
		if (!this.groups.delete(uid)) {
			throw new UserGroupNotFoundException(uid);
		}
		// Its memberships went with it, and callers carry their groups.
		this.callers.clear();
	}

	@Transactional(readOnly = true)
	UserGroup get(UUID uid) {
		return this.groups.find(uid).orElseThrow(() -> new UserGroupNotFoundException(uid));
	}

	@Transactional(readOnly = true)
	public List<UserGroup> list() {
		return this.groups.findAll();
	}

	/** How many users each group has; a group without members is not in the map. */
	@Transactional(readOnly = true)
	Map<UUID, Long> memberCounts() {
		return this.groups.memberCounts();
	}

	/**
	 * The ids among {@code uids} that name existing groups.
	 */
	@Transactional(readOnly = true)
	public Set<UUID> existingGroupIds(Collection<UUID> uids) {
		return this.groups.existing(uids);
	}

}

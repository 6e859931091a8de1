package org.usertasks.identity;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * User groups in Struct's shape. Everyone may read them; only admin keys may change them.
 * Members are set on the users ({@code UserGroups}).
 */
@RestController
@RequestMapping("/v1/usergroups")
class UserGroupController {

	private final UserGroupService groups;

	UserGroupController(UserGroupService groups) {
		this.groups = groups;
	}

	@GetMapping
	List<UserGroupModel> list() {
		return this.groups.list().stream().map(UserGroupModel::from).toList();
	}

	@GetMapping("/{uid}")
	UserGroupModel get(@PathVariable UUID uid) {
		return UserGroupModel.from(this.groups.get(uid));
	}

	/**
	 * Answers the created group, so that a client that left out the Uid learns the one
	 * chosen.
	 */
	@PostMapping
	UserGroupModel create(@Valid @RequestBody CreateUserGroupRequest body,
			@AuthenticationPrincipal CurrentUser caller) {
		return UserGroupModel.from(this.groups.create(body.uid(), body.name().trim(), caller));
	}

	@PutMapping
	void update(@Valid @RequestBody UpdateUserGroupRequest body, @AuthenticationPrincipal CurrentUser caller) {
		this.groups.update(body.uid(), body.name().trim(), caller);
	}

	@DeleteMapping("/{uid}")
	void delete(@PathVariable UUID uid) {
		this.groups.delete(uid);
	}

	record CreateUserGroupRequest(@Nullable UUID uid, @NotBlank @Size(max = 200) String name) {
	}

	record UpdateUserGroupRequest(@NotNull UUID uid, @NotBlank @Size(max = 200) String name) {
	}

	record UserGroupModel(UUID uid, String name, OffsetDateTime created, OffsetDateTime lastModified, String createdBy,
			String lastModifiedBy) {

		static UserGroupModel from(UserGroup group) {
			return new UserGroupModel(group.uid(), group.name(), group.created(), group.lastModified(),
					group.createdBy(), group.lastModifiedBy());
		}

	}

}

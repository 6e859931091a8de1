package org.usertasks.identity;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.usertasks.system.InvalidRequestException;

/**
 * Users in Struct's shape. Everyone may read them; only admin keys may change them.
 */
@RestController
@RequestMapping("/v1/users")
class UserController {

	private final UserService users;

	UserController(UserService users) {
		this.users = users;
	}

	@GetMapping
	List<UserModel> list() {
		return this.users.list().stream().map(UserModel::from).toList();
	}

	@GetMapping("/{uid}")
	UserModel get(@PathVariable String uid) {
		return UserModel.from(this.users.get(uid));
	}

	/**
	 * Answers the created user, so that a client that left out the Uid learns the one
	 * chosen.
	 */
	@PostMapping
	UserModel create(@Valid @RequestBody UserModel body) {
		return UserModel.from(this.users.create(body.uid(), body.details()));
	}

	@PutMapping
	void update(@Valid @RequestBody UserModel body) {
		if (body.uid() == null) {
			throw new InvalidRequestException("Uid", "is required to name the user to update");
		}
		this.users.update(body.uid(), body.details());
	}

	@DeleteMapping("/{uid}")
	void delete(@PathVariable String uid) {
		this.users.delete(uid);
	}

	/**
	 * Struct's User model; null lists read as empty, a missing status as "Active" for a
	 * new user, "unchanged" on PUT.
	 */
	record UserModel(
			@Nullable @Size(min = 1, max = 100) @Pattern(regexp = "[^\\s,/\\\\?#%;]*",
					message = "must not contain whitespace or any of , / \\ ? # % ;") String uid,
			@Nullable @Email @Size(max = 320) String email, @Nullable @Size(max = 200) String firstname,
			@Nullable @Size(max = 200) String lastname, @Nullable UserStatus status,
			@Nullable @Size(max = 1000) List<@NotNull UUID> userGroups,
			@Nullable @Size(max = 100) List<@NotNull @Size(min = 1, max = 200) String> roles) {

		static UserModel from(User user) {
			return new UserModel(user.uid(), user.email(), user.firstname(), user.lastname(), user.status(),
					user.userGroups(), user.roles());
		}

		UserDetails details() {
			return new UserDetails(this.email, this.firstname, this.lastname, this.status,
					(this.userGroups != null) ? this.userGroups : List.of(),
					(this.roles != null) ? this.roles : List.of());
		}

	}

}

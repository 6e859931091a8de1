package org.usertasks.identity;

import java.time.OffsetDateTime;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Web sign-in of a user, managed through the API (admins only, as every change under
 * {@code /v1/users}): set or remove the password, or create a one-time invite link with
 * which the user chooses it. Passwords are never answered.
 */
@RestController
@RequestMapping("/v1/users/{uid}")
class UserPasswordController {

	private final SignInService signIn;

	UserPasswordController(SignInService signIn) {
		this.signIn = signIn;
	}

	@PutMapping("/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void setPassword(@PathVariable String uid, @Valid @RequestBody PasswordRequest body) {
		this.signIn.setPassword(uid, body.password());
	}

	@DeleteMapping("/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void removePassword(@PathVariable String uid) {
		this.signIn.removePassword(uid);
	}

	/** Answers the link itself; only its hash is kept, so it cannot be shown again. */
	@PostMapping("/invite")
	@ResponseStatus(HttpStatus.CREATED)
	InviteResponse invite(@PathVariable String uid) {
		SignInService.Invite invite = this.signIn.invite(uid);
		return new InviteResponse(invite.userId(), inviteUrl(invite.token()), invite.expires());
	}

	/** The absolute link of an invite, on the host and port the caller used. */
	static String inviteUrl(String token) {
		return ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/invite/{token}")
			.buildAndExpand(token)
			.toUriString();
	}

	record PasswordRequest(@NotNull String password) {
	}

	record InviteResponse(String userId, String url, OffsetDateTime expires) {
	}

}

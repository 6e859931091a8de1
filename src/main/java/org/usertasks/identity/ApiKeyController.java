package org.usertasks.identity;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * API keys, for admins. A new key is shown once, in the answer to its creation; lists
 * never show secrets.
 */
@RestController
@RequestMapping("/v1/apikeys")
class ApiKeyController {

	private final ApiKeyService keys;

	ApiKeyController(ApiKeyService keys) {
		this.keys = keys;
	}

	@PostMapping
	CreatedApiKey create(@Valid @RequestBody CreateApiKeyRequest body) {
		ApiKeyService.IssuedKey issued = this.keys.create(body.userId(), body.name(),
				Boolean.TRUE.equals(body.admin()));
		ApiKey key = issued.key();
		return new CreatedApiKey(key.uid(), issued.secret(), key.userId(), key.name(), key.admin(), key.created());
	}

	@GetMapping
	List<ApiKeyModel> list() {
		return this.keys.list()
			.stream()
			.map((key) -> new ApiKeyModel(key.uid(), key.userId(), key.name(), key.admin(), key.created()))
			.toList();
	}

	@DeleteMapping("/{uid}")
	void revoke(@PathVariable UUID uid) {
		this.keys.revoke(uid);
	}

	record CreateApiKeyRequest(@NotBlank @Size(max = 100) String userId, @Nullable @Size(max = 200) String name,
			@Nullable Boolean admin) {
	}

	record CreatedApiKey(UUID uid, String key, String userId, @Nullable String name, boolean admin,
			OffsetDateTime created) {
	}

	record ApiKeyModel(UUID uid, String userId, @Nullable String name, boolean admin, OffsetDateTime created) {
	}

}

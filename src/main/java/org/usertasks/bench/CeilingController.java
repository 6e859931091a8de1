package org.usertasks.bench;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET} and {@code POST /bench/ceiling}: a fixed task-shaped JSON of about 600
 * bytes, written by the same Jackson configuration as the API, with no database and no
 * API key. The POST reads a small JSON body and discards it, as a write endpoint reads
 * its request. Only for benchmarking: see {@link CeilingSecurity}.
 */
@RestController
@RequestMapping("/bench/ceiling")
@ConditionalOnBooleanProperty("usertasks.bench.ceiling-enabled")
class CeilingController {

	private static final Ceiling CEILING = new Ceiling(UUID.fromString("00000000-0000-4000-8000-000000000001"),
			OffsetDateTime.parse("2026-01-14T09:30:00+02:00"), "u1", OffsetDateTime.parse("2027-01-14T00:00:00+02:00"),
			"Add images to product 1",
			"Some variants of product 1 are missing their primary image; pick them from the DAM and check the crop.", 0,
			List.of("u8", "u108"), List.of(UUID.fromString("00000000-0000-4000-9000-000000000002")),
			List.of(new Entity(0, "1001", 0), new Entity(1, "1001-red", 0), new Entity(3, "1001.jpg", 1)),
			OffsetDateTime.parse("2026-01-15T09:30:00+02:00"));

	@GetMapping
	Ceiling get() {
		return CEILING;
	}

	@PostMapping
	Ceiling post(@RequestBody Map<String, Object> body) {
		return CEILING;
	}

	record Ceiling(UUID uid, OffsetDateTime created, String createdBy, OffsetDateTime deadline, String title,
			String description, int status, List<String> assignedUsers, List<UUID> assignedUserGroups,
			List<Entity> attachedEntities, OffsetDateTime lastModified) {
	}

	record Entity(int entityType, String entityId, int status) {
	}

}

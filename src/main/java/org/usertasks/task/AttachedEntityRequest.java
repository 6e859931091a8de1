package org.usertasks.task;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * An attached entity as a request names it (Struct's UserTaskEntity; {@code Status} may
 * be left out).
 */
record AttachedEntityRequest(@JsonDeserialize(using = EntityTypeDeserializer.class) @Nullable Integer entityType,
		@NotBlank @Size(max = 255) String entityId, @Nullable AttachedEntityStatus status) {

	TaskContent.EntityReference toReference() {
		return new TaskContent.EntityReference((this.entityType != null) ? this.entityType : 0, this.entityId.trim(),
				this.status);
	}

}

package org.usertasks.task;

import java.util.List;

/**
 * A business entity a task is about: a product, variant, category, asset...
 *
 * @param entityType Struct's entity type: 0 Product, 1 Variant, 2 Category, 3 Asset; any
 * other non-negative number is kept as given
 * @param entityId the entity's id in the PIM, a string
 * @param status whether the work on this entity is done
 */
public record AttachedEntity(int entityType, String entityId, AttachedEntityStatus status) {

	/** The names of the entity types 0 to 3, as requests may give them. */
	public static final List<String> TYPE_NAMES = List.of(EntityTypeDeserializer.NAMES);

	/** "Product", or "Type 17" for a type without a name. */
	public static String typeName(int entityType) {
		return (entityType >= 0 && entityType < TYPE_NAMES.size()) ? TYPE_NAMES.get(entityType) : "Type " + entityType;
	}

}

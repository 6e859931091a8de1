package org.usertasks.task;

/**
 * A business entity a task is about: a product, variant, category, asset...
 *
 * @param entityType Struct's entity type: 0 Product, 1 Variant, 2 Category, 3 Asset; any
 * other non-negative number is kept as given
 * @param entityId the entity's id in the PIM, a string
 * @param status whether the work on this entity is done
 */
public record AttachedEntity(int entityType, String entityId, AttachedEntityStatus status) {
}

package org.usertasks.system;

/**
 * One thing wrong with a request: the field as the client named it (e.g.
 * {@code AttachedEntities[2].EntityId}) and what is wrong with it.
 */
public record FieldProblem(String field, String message) {
}

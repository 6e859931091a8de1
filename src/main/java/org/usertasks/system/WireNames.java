package org.usertasks.system;

/**
 * Turns a Java property path ({@code attachedEntities[0].entityId}) into the name a
 * client sees on the wire ({@code AttachedEntities[0].EntityId}), so that errors name
 * fields as the client sent them.
 */
public final class WireNames {

	private WireNames() {
	}

	public static String of(String javaPath) {
		StringBuilder wire = new StringBuilder(javaPath.length());
		boolean startOfName = true;
		for (char c : javaPath.toCharArray()) {
			wire.append(startOfName ? Character.toUpperCase(c) : c);
			startOfName = (c == '.');
		}
		return wire.toString();
	}

}

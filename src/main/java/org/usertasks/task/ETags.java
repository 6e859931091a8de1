package org.usertasks.task;

import java.util.HashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A task's version as an HTTP entity tag, and the versions an If-Match header accepts.
 * Tags are strong: {@code "7"}; a weak tag never matches, as RFC 9110 asks of If-Match.
 */
public final class ETags {

	private ETags() {
	}

	public static String of(long version) {
		return "\"" + version + "\"";
	}

	/**
	 * The versions an If-Match header accepts: null when there is no header or it is
	 * {@code *} (any current version), otherwise the versions it names, possibly none.
	 */
	public static @Nullable Set<Long> acceptedBy(@Nullable String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
			return null;
		}
		Set<Long> versions = new HashSet<>();
		for (String tag : ifMatch.split(",")) {
			String value = tag.trim();
			if (value.length() > 2 && value.startsWith("\"") && value.endsWith("\"")) {
				try {
					versions.add(Long.parseLong(value.substring(1, value.length() - 1)));
				}
				catch (NumberFormatException ex) {
					// Not one of our tags: it matches no version.
				}
			}
		}
		return versions;
	}

}

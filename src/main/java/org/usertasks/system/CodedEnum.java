package org.usertasks.system;

import org.jspecify.annotations.Nullable;

/**
 * An enum that travels as an integer on the wire, as Struct's enums do. The JSON
 * configuration writes {@link #code()} and reads the integer (or, leniently, the
 * constant's name) back.
 */
public interface CodedEnum {

	int code();

	/**
	 * The constant with the given code, or {@code null} when there is none.
	 */
	static <E extends Enum<E> & CodedEnum> @Nullable E fromCode(Class<E> type, int code) {
		for (E constant : type.getEnumConstants()) {
			if (constant.code() == code) {
				return constant;
			}
		}
		return null;
	}

	/**
	 * The constant for a code read back from the database, where only valid codes are
	 * ever written.
	 */
	static <E extends Enum<E> & CodedEnum> E ofStoredCode(Class<E> type, int code) {
		E constant = fromCode(type, code);
		if (constant == null) {
			throw new IllegalStateException("Stored code " + code + " is not a " + type.getSimpleName());
		}
		return constant;
	}

	/**
	 * Lists the codes with their names, for error messages: "0 New, 1 ReOpened".
	 */
	static String describe(Class<? extends Enum<?>> type) {
		StringBuilder text = new StringBuilder();
		for (Enum<?> constant : type.getEnumConstants()) {
			if (!text.isEmpty()) {
				text.append(", ");
			}
			text.append(((CodedEnum) constant).code()).append(' ').append(constant.name());
		}
		return text.toString();
	}

}
